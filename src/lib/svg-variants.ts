/**
 * Figures and charts are drawn twice: a wide drawing and a narrow one with its own layout, not a
 * scaled-down copy. The column's width picks which one shows (the `.svg-variant--*` container
 * queries in global.css), so labels stay at 12 px or more on a phone.
 */
export const svgVariants = ['wide', 'narrow'] as const;
export type SvgVariant = (typeof svgVariants)[number];

/** Width of each drawing in viewBox units; a figure's text sizes assume these. */
export const variantWidth: Record<SvgVariant, number> = { wide: 640, narrow: 320 };

export const svgVariantClass = (variant: SvgVariant): string => `svg-variant--${variant}`;

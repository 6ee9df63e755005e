/**
 * Figures and charts are drawn twice: a wide drawing and a narrow one with its own layout, not a
 * scaled-down copy. The column's width picks which one shows (the `.svg-variant--*` container
 * queries in global.css), so labels stay at 12 px or more on a phone.
 */
export const svgVariants = ['wide', 'narrow'] as const;
export type SvgVariant = (typeof svgVariants)[number];

/** Width of each drawing in viewBox units; a figure's text sizes assume these. */
export const variantWidth: Record<SvgVariant, number> = { wide: 640, narrow: 320 };

/** A chart drawing's size in viewBox units and the margins its axes' labels take. */
export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The plot area inside a drawing's margins, in viewBox units. */
export function plotArea(frame: ChartFrame): { left: number; right: number; top: number; bottom: number } {
  return { left: frame.margin.left, right: frame.width - frame.margin.right, top: frame.margin.top, bottom: frame.height - frame.margin.bottom };
}

export const svgVariantClass = (variant: SvgVariant): string => `svg-variant--${variant}`;

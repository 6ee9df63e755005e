// Renders each figure with Astro's container API. Needs Vitest to load .astro files,
// i.e. a vitest.config.ts built with `getViteConfig` from 'astro/config'.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { figures, type FigureName } from '../src/figures/index.ts';
import { svgVariantClass, svgVariants, variantWidth, type SvgVariant } from '../src/lib/svg-variants.ts';

// A few labels per figure and locale that must appear in the rendered SVG.
const expected: Record<FigureName, Record<'en' | 'zh-cn', string[]>> = {
  'matmul-cell': {
    en: ['Matrix A', 'row i', 'column j', 'multiply-adds'],
    'zh-cn': ['矩阵 A', '第 i 行', '第 j 列', '3 次乘加'],
  },
  'layer-passes': {
    en: ['Forward', 'Backward', 'batch × in', 'in × out', 'Multiply-adds'],
    'zh-cn': ['前向传播', '反向传播', '批次 × 输入', '输入 × 输出', '乘加次数'],
  },
  'cpu-gpu-schematic': {
    en: ['Control', 'Shared L3 cache', 'High-bandwidth memory', 'streaming multiprocessor'],
    'zh-cn': ['控制', '共享 L3 缓存', '高带宽显存', '流式多处理器'],
  },
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const names = Object.keys(figures) as FigureName[];

it('registers the three figures', () => {
  expect(names.sort()).toEqual(['cpu-gpu-schematic', 'layer-passes', 'matmul-cell']);
});

describe.each(names)('%s', (name) => {
  const render = (locale: string, variant: SvgVariant = 'wide') => container.renderToString(figures[name], { props: { locale, variant } });
  const cases = (['en', 'zh-cn'] as const).flatMap((locale) => svgVariants.map((variant) => [locale, variant] as const));

  it.each(cases)('renders a decorative, themeable SVG in %s, %s', async (locale, variant) => {
    const html = (await render(locale, variant)).trim();
    expect(html.startsWith('<svg')).toBe(true);
    expect(html.endsWith('</svg>')).toBe(true);
    const open = html.slice(0, html.indexOf('>'));
    for (const attr of [`viewBox="0 0 ${variantWidth[variant]} `, 'xmlns="http://www.w3.org/2000/svg"', `class="figure-svg ${svgVariantClass(variant)}"`, 'aria-hidden="true"', 'focusable="false"', 'width="100%"']) {
      expect(open).toContain(attr);
    }
    for (const label of expected[name][locale]) expect(html).toContain(label);
    const other = locale === 'en' ? 'zh-cn' : 'en';
    expect(html).not.toContain(expected[name][other][0]);
    // No scripts, no images, no external references.
    expect(html).not.toMatch(/<script|<image|<img|<foreignObject|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    // Colours only through CSS custom properties (hex values only as var() fallbacks).
    const bare = html.replace(/var\(--fig-[a-z0-9-]+, #[0-9a-f]{3,6}\)/gi, '');
    expect(bare).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|hsl\(/i);
    // Text stays legible: no font size under 13 user units.
    const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    // Stays compact when inlined.
    expect(html.length).toBeLessThan(6000);
  });

  it('throws a clear error for an unknown locale', async () => {
    await expect(render('fr')).rejects.toThrow(/unknown locale "fr"/);
    await expect(render('toString')).rejects.toThrow(/unknown locale/);
  });
});

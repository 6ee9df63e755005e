import type { Locale } from '../i18n/locales.ts';
import type { SvgVariant } from '../lib/svg-variants.ts';
import CpuGpuSchematic from './CpuGpuSchematic.astro';
import LayerPasses from './LayerPasses.astro';
import MatmulCell from './MatmulCell.astro';

/** Every figure draws itself for a locale and a column width (src/lib/svg-variants.ts). */
export interface FigureProps {
  locale: Locale;
  variant: SvgVariant;
}

export const figures = {
  'matmul-cell': MatmulCell,
  'layer-passes': LayerPasses,
  'cpu-gpu-schematic': CpuGpuSchematic,
} as const;

export type FigureName = keyof typeof figures;

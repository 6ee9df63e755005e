import CpuGpuSchematic from './CpuGpuSchematic.astro';
import LayerPasses from './LayerPasses.astro';
import MatmulCell from './MatmulCell.astro';

export const figures = {
  'matmul-cell': MatmulCell,
  'layer-passes': LayerPasses,
  'cpu-gpu-schematic': CpuGpuSchematic,
} as const;

export type FigureName = keyof typeof figures;

import { defineStrings } from '../translate.ts';

/** Interface strings of the matrix-product visualiser. */
export const strings = defineStrings({
  en: {
    title: 'Multiplying two matrices',
    intro:
      'Each cell of the product C is one row of A times one column of B: a short list of multiply-adds. Hover over or focus a cell of C to see which.',
    rowsA: 'Rows of A',
    inner: 'Columns of A (= rows of B)',
    colsB: 'Columns of B',
    matrixA: 'Matrix A',
    matrixB: 'Matrix B',
    matrixC: 'Product C = A × B',
    cellLabel: 'C row {row}, column {col}: {value}',
    cellFormula: 'C[{row}, {col}] = row {row} of A · column {col} of B',
    gridHelp: 'Arrow keys move between the cells of C.',
    raceTitle: 'One core against one core per cell',
    raceIntro: 'Each step, every working core does one multiply-add.',
    serialLabel: 'One core, one cell after another',
    parallelLabel: 'One core per cell, all cells at once',
    stepCount: 'Step {step} of {total}',
    play: 'Play',
    pause: 'Pause',
    step: 'Next step',
    reset: 'Reset',
    reducedMotionNote: 'Your system asks for reduced motion, so the race moves one step at a time.',
    finished: 'Done. One core needed {serial} steps; one core per cell needed {parallel}.',
    summary:
      'Matrix A has {m} rows and {k} columns and matrix B has {k} rows and {n} columns. Their product has {cells} cells, each the sum of {k} products, so {macs} multiply-adds in all. A single core doing one multiply-add per step needs {macs} steps; with one core per cell, all cells are computed side by side and {k} steps are enough.',
  },
  'zh-cn': {
    title: '两个矩阵相乘',
    intro:
      '乘积 C 的每个格子，都是 A 的一行乘以 B 的一列：几次乘加运算而已。把鼠标移到 C 的格子上，或用键盘选中它，就能看到用的是哪一行、哪一列。',
    rowsA: 'A 的行数',
    inner: 'A 的列数（= B 的行数）',
    colsB: 'B 的列数',
    matrixA: '矩阵 A',
    matrixB: '矩阵 B',
    matrixC: '乘积 C = A × B',
    cellLabel: 'C 第 {row} 行第 {col} 列：{value}',
    cellFormula: 'C[{row}, {col}] = A 的第 {row} 行 · B 的第 {col} 列',
    gridHelp: '用方向键在 C 的格子之间移动。',
    raceTitle: '一个核心，对比每格一个核心',
    raceIntro: '每一步，每个在干活的核心做一次乘加运算。',
    serialLabel: '一个核心，一格接一格地算',
    parallelLabel: '每格一个核心，所有格子同时算',
    stepCount: '第 {step} 步，共 {total} 步',
    play: '播放',
    pause: '暂停',
    step: '下一步',
    reset: '重来',
    reducedMotionNote: '你的系统设置了减少动态效果，所以这里一步一步地演示。',
    finished: '算完了。一个核心用了 {serial} 步；每格一个核心只用了 {parallel} 步。',
    summary:
      '矩阵 A 有 {m} 行 {k} 列，矩阵 B 有 {k} 行 {n} 列。乘积共有 {cells} 个格子，每格是 {k} 个乘积之和，总共 {macs} 次乘加运算。一个核心每步做一次乘加，需要 {macs} 步；每格配一个核心、所有格子同时计算，{k} 步就够了。',
  },
});

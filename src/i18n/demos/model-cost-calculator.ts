import type { Locale } from '../locales.ts';

/** Interface strings of the model cost calculator; the English table defines the keys. */
const en = {
  title: 'What it costs to train a model',
  intro:
    'The parameters and multiply-adds below are added up layer by layer from each model’s definition. Training on one example costs about three forward passes: the backward pass needs roughly twice the forward work, and each multiply-add is two floating-point operations (FLOPs).',
  model: 'Model',
  notes: {
    vgg16: 'Image classifier, one 224×224 image per example (torchvision’s VGG16).',
    resnet50: 'Image classifier, one 224×224 image per example (torchvision’s ResNet-50).',
    'bert-base': 'Text encoder; one example is one sequence of tokens (bert-base-uncased, with pooler).',
    'gpt2-small': 'Text generator; one example is one sequence of tokens (the output layer shares the embedding weights).',
  },
  sequenceLength: (max: string) => `Sequence length (tokens, up to ${max})`,
  examples: 'Examples per epoch',
  epochs: 'Epochs',
  hardware: 'Hardware',
  throughputNames: {
    'cpu-core': 'One CPU core (x86, AVX2, 3 GHz)',
    'gtx-titan-black': 'GeForce GTX Titan Black (2014), FP32',
    'h100-sxm-fp32': 'H100 SXM (2022), FP32',
    'h100-sxm-bf16': 'H100 SXM (2022), BF16 on Tensor Cores, dense',
  },
  measured: 'Your own device, as measured in the lab above',
  custom: 'Another figure',
  customGflops: 'Peak throughput (GFLOPS)',
  // Follows the hardware name directly, so English brings its own space; Chinese uses full-width brackets.
  peak: (gflops: string) => ` (peak ${gflops} GFLOPS)`,
  source: 'source',
  utilisation: 'Utilisation: share of the peak actually reached',
  fieldError: (min: string, max: string) => `Enter a whole number from ${min} to ${max}.`,
  gflopsError: (min: string, max: string) => `Enter a number from ${min} to ${max}.`,
  results: 'Results',
  params: 'Parameters',
  macs: 'Multiply-adds per example, forward pass',
  flopsPerExample: 'Training FLOPs per example (≈ 3 × 2 × multiply-adds)',
  flopsTotal: 'Training FLOPs in all (per example × examples × epochs)',
  time: 'Training time',
  compare: 'The same training on each typical machine',
  compareHardware: 'Hardware',
  compareTime: 'Training time',
  breakdown: 'Per-layer breakdown',
  layer: 'Layer or block',
  share: 'Share of multiply-adds',
  peakNote:
    'Peak figures assume every arithmetic unit is busy on every cycle. Real training reaches a fraction of that, which is what the utilisation setting stands for.',
  summary: (model: string, params: string, macs: string, flops: string, time: string, hardware: string) =>
    `${model} has ${params} parameters and needs ${macs} multiply-adds per example. Training as set here takes ${flops} FLOPs: about ${time} on ${hardware}.`,
};

export const strings = {
  en,
  'zh-cn': {
    title: '训练一个模型要花多少算力',
    intro:
      '下面的参数量和乘加运算次数，都是按每个模型的定义逐层加出来的。在一个样本上训练，大约相当于三次前向传播的工作量：反向传播约为前向的两倍，而每次乘加运算是两次浮点运算（FLOP）。',
    model: '模型',
    notes: {
      vgg16: '图像分类模型，每个样本是一张 224×224 的图片（torchvision 的 VGG16）。',
      resnet50: '图像分类模型，每个样本是一张 224×224 的图片（torchvision 的 ResNet-50）。',
      'bert-base': '文本编码模型，每个样本是一个词元序列（bert-base-uncased，含 pooler）。',
      'gpt2-small': '文本生成模型，每个样本是一个词元序列（输出层与词嵌入共用权重）。',
    },
    sequenceLength: (max: string) => `序列长度（词元数，最多 ${max}）`,
    examples: '每轮的样本数',
    epochs: '轮数（epoch）',
    hardware: '硬件',
    throughputNames: {
      'cpu-core': '一个 CPU 核心（x86、AVX2、3 GHz）',
      'gtx-titan-black': 'GeForce GTX Titan Black（2014 年），FP32',
      'h100-sxm-fp32': 'H100 SXM（2022 年），FP32',
      'h100-sxm-bf16': 'H100 SXM（2022 年），Tensor Core 上的 BF16，稠密',
    },
    measured: '你自己的设备（上文实验中测得）',
    custom: '其他数值',
    customGflops: '峰值吞吐量（GFLOPS）',
    peak: (gflops: string) => `（峰值 ${gflops} GFLOPS）`,
    source: '来源',
    utilisation: '利用率：实际达到的峰值比例',
    fieldError: (min: string, max: string) => `请输入 ${min} 到 ${max} 之间的整数。`,
    gflopsError: (min: string, max: string) => `请输入 ${min} 到 ${max} 之间的数。`,
    results: '结果',
    params: '参数量',
    macs: '每个样本前向传播的乘加运算次数',
    flopsPerExample: '每个样本的训练 FLOP（≈ 3 × 2 × 乘加运算次数）',
    flopsTotal: '训练总 FLOP（每个样本 × 样本数 × 轮数）',
    time: '训练时间',
    compare: '同样的训练，在各台典型硬件上',
    compareHardware: '硬件',
    compareTime: '训练时间',
    breakdown: '逐层明细',
    layer: '层或模块',
    share: '占乘加运算的比例',
    peakNote: '峰值假设每个运算单元每个时钟周期都在工作。实际训练只能达到其中一部分，利用率这一项就是指这个比例。',
    summary: (model: string, params: string, macs: string, flops: string, time: string, hardware: string) =>
      `${model} 有 ${params}个参数，每个样本需要 ${macs}次乘加运算。按这里的设置训练共需 ${flops} FLOP。硬件：${hardware}，大约要 ${time}。`,
  },
} satisfies Record<Locale, typeof en>;

/**
 * Well-known models written out layer by layer, so that their sizes and costs are computed rather
 * than typed in. Each follows the implementation or paper whose published figures the tests check:
 * torchvision for VGG16 and ResNet-50, Hugging Face transformers for BERT-base and GPT-2 small,
 * Meta's model card and configuration for Llama 3 8B, Brown et al. (2020) for GPT-3.
 */
import type { Conv2dLayer, Layer } from './layers.ts';
import { convOutputSize } from './layers.ts';

export type ModelId = 'vgg16' | 'resnet50' | 'bert-base' | 'gpt2-small' | 'llama3-8b' | 'gpt3-175b';

export interface ModelSpec {
  id: ModelId;
  /** Proper name; the same in every language. */
  name: string;
  /** Set for models whose cost depends on how many tokens one example holds. */
  sequence?: { default: number; max: number };
  /**
   * How the model is trained: on examples for a number of epochs, or (language models trained on
   * a web-scale corpus, which is rarely seen twice) on a number of tokens.
   */
  training: 'epochs' | 'tokens';
  build(sequenceLength?: number): Layer[];
}

const IMAGE_SIZE = 224;
const IMAGENET_CLASSES = 1000;

function conv(
  name: string,
  group: string,
  inChannels: number,
  outChannels: number,
  kernel: number,
  stride: number,
  inSize: number,
  bias: boolean,
): Conv2dLayer {
  return { kind: 'conv2d', name, group, inChannels, outChannels, kernel, stride, padding: Math.floor(kernel / 2), bias, inSize };
}

/** VGG16, configuration D of Simonyan & Zisserman (2015): 13 convolutions (3×3) and 3 fully connected layers. */
function vgg16(): Layer[] {
  const stages = [
    [64, 64],
    [128, 128],
    [256, 256, 256],
    [512, 512, 512],
    [512, 512, 512],
  ];
  const layers: Layer[] = [];
  let channels = 3;
  let size = IMAGE_SIZE;
  stages.forEach((widths, stage) => {
    widths.forEach((width, index) => {
      const name = `conv${stage + 1}_${index + 1}`;
      layers.push(conv(name, name, channels, width, 3, 1, size, true));
      channels = width;
    });
    size /= 2; // 2×2 max pooling after every stage
  });
  const features = channels * size * size; // 512 × 7 × 7 = 25,088
  const fc = (name: string, inFeatures: number, outFeatures: number): Layer => ({
    kind: 'linear', name, group: name, inFeatures, outFeatures, bias: true, tokens: 1,
  });
  layers.push(fc('fc6', features, 4096), fc('fc7', 4096, 4096), fc('fc8', 4096, IMAGENET_CLASSES));
  return layers;
}

/**
 * ResNet-50 as torchvision builds it ("ResNet v1.5"): the stride-2 downsampling sits in the 3×3
 * convolution of a bottleneck rather than in its first 1×1 convolution as in He et al. (2016),
 * which is why it needs about 4.1 rather than 3.8 billion multiply-adds. Convolutions have no
 * bias; each is followed by batch norm.
 */
function resnet50(): Layer[] {
  const layers: Layer[] = [];
  const convBn = (name: string, group: string, inC: number, outC: number, kernel: number, stride: number, inSize: number) => {
    const layer = conv(name, group, inC, outC, kernel, stride, inSize, false);
    layers.push(layer, { kind: 'batchnorm', name: `${name}.bn`, group, features: outC });
    return convOutputSize(layer);
  };
  let size = convBn('conv1', 'conv1', 3, 64, 7, 2, IMAGE_SIZE); // 112
  size = Math.floor((size + 2 - 3) / 2) + 1; // 3×3 max pooling, stride 2, padding 1: 56
  let channels = 64;
  const stages = [
    { blocks: 3, width: 64, stride: 1 },
    { blocks: 4, width: 128, stride: 2 },
    { blocks: 6, width: 256, stride: 2 },
    { blocks: 3, width: 512, stride: 2 },
  ];
  stages.forEach(({ blocks, width, stride }, stage) => {
    for (let block = 0; block < blocks; block++) {
      const group = `layer${stage + 1}.${block}`;
      const blockStride = block === 0 ? stride : 1;
      const out = width * 4;
      convBn(`${group}.conv1`, group, channels, width, 1, 1, size);
      const outSize = convBn(`${group}.conv2`, group, width, width, 3, blockStride, size);
      convBn(`${group}.conv3`, group, width, out, 1, 1, outSize);
      // The shortcut needs a projection when the shape changes (first block of each stage).
      if (block === 0) convBn(`${group}.downsample`, group, channels, out, 1, blockStride, size);
      channels = out;
      size = outSize;
    }
  });
  layers.push({ kind: 'linear', name: 'fc', group: 'fc', inFeatures: channels, outFeatures: IMAGENET_CLASSES, bias: true, tokens: 1 });
  return layers;
}

interface TransformerShape {
  layers: number;
  dim: number;
  ffn: number;
  tokens: number;
  prefix: string;
}

/** One pre- or post-norm transformer layer: fused or separate Q/K/V projections cost the same. */
function transformerLayer({ dim, ffn, tokens, prefix }: TransformerShape, index: number): Layer[] {
  const group = `${prefix}.${index}`;
  const linear = (name: string, inFeatures: number, outFeatures: number): Layer => ({
    kind: 'linear', name: `${group}.${name}`, group, inFeatures, outFeatures, bias: true, tokens,
  });
  return [
    linear('attn.qkv', dim, 3 * dim),
    { kind: 'attention', name: `${group}.attn.scores`, group, tokens, dim },
    linear('attn.out', dim, dim),
    { kind: 'layernorm', name: `${group}.ln1`, group, features: dim },
    linear('ffn.in', dim, ffn),
    linear('ffn.out', ffn, dim),
    { kind: 'layernorm', name: `${group}.ln2`, group, features: dim },
  ];
}

function checkSequenceLength(model: string, value: number | undefined, max: number): number {
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${model}: sequence length must be a whole number from 1 to ${max}, got ${value}.`);
  }
  return value;
}

/**
 * BERT-base as Hugging Face's BertModel for bert-base-uncased: 30,522-token vocabulary, 512
 * positions, 2 segment types, 12 layers of width 768 and feed-forward width 3,072, plus the
 * pooler (a 768×768 layer applied to the first token). The pre-training heads are not included.
 */
function bertBase(sequenceLength?: number): Layer[] {
  const tokens = checkSequenceLength('BERT-base', sequenceLength, 512);
  const shape: TransformerShape = { layers: 12, dim: 768, ffn: 3072, tokens, prefix: 'encoder' };
  const group = 'embeddings';
  return [
    { kind: 'embedding', name: 'embeddings.word', group, entries: 30522, dim: 768 },
    { kind: 'embedding', name: 'embeddings.position', group, entries: 512, dim: 768 },
    { kind: 'embedding', name: 'embeddings.segment', group, entries: 2, dim: 768 },
    { kind: 'layernorm', name: 'embeddings.ln', group, features: 768 },
    ...Array.from({ length: shape.layers }, (_, index) => transformerLayer(shape, index)).flat(),
    { kind: 'linear', name: 'pooler', group: 'pooler', inFeatures: 768, outFeatures: 768, bias: true, tokens: 1 },
  ];
}

/**
 * GPT-2 small as Hugging Face's GPT2LMHeadModel: 50,257-token vocabulary, 1,024 positions,
 * 12 layers of width 768. The output layer reuses the token embedding matrix, so it adds
 * computation (a 768 × 50,257 product per token) but no parameters.
 */
function gpt2Small(sequenceLength?: number): Layer[] {
  const tokens = checkSequenceLength('GPT-2 small', sequenceLength, 1024);
  const shape: TransformerShape = { layers: 12, dim: 768, ffn: 3072, tokens, prefix: 'h' };
  return [
    { kind: 'embedding', name: 'wte', group: 'embeddings', entries: 50257, dim: 768 },
    { kind: 'embedding', name: 'wpe', group: 'embeddings', entries: 1024, dim: 768 },
    ...Array.from({ length: shape.layers }, (_, index) => transformerLayer(shape, index)).flat(),
    { kind: 'layernorm', name: 'ln_f', group: 'ln_f', features: 768 },
    { kind: 'linear', name: 'lm_head', group: 'lm_head', inFeatures: 768, outFeatures: 50257, bias: false, tokens, tiedWeights: true },
  ];
}

/**
 * A Llama 3 8B-class decoder (Meta's Meta-Llama-3-8B configuration): 32 layers of width 4,096;
 * grouped-query attention with 32 query heads and 8 key/value heads of size 128, so the K and V
 * projections are 4,096 → 1,024; a SwiGLU feed-forward block (gate, up and down projections, width
 * 14,336); RMSNorm; no biases; a 128,256-token vocabulary with an output layer of its own.
 * Positions are rotary, so they add no parameters.
 */
function llama3(sequenceLength?: number): Layer[] {
  const tokens = checkSequenceLength('Llama 3 8B', sequenceLength, 8192);
  const dim = 4096;
  const kvDim = 8 * 128;
  const ffn = 14_336;
  const vocabulary = 128_256;
  const layer = (index: number): Layer[] => {
    const group = `layers.${index}`;
    const linear = (name: string, inFeatures: number, outFeatures: number): Layer => ({
      kind: 'linear', name: `${group}.${name}`, group, inFeatures, outFeatures, bias: false, tokens,
    });
    return [
      { kind: 'rmsnorm', name: `${group}.attention_norm`, group, features: dim },
      linear('attention.wq', dim, dim),
      linear('attention.wk', dim, kvDim),
      linear('attention.wv', dim, kvDim),
      // Each of the 32 query heads attends over keys of size 128: 32 × 128 = the full width.
      { kind: 'attention', name: `${group}.attention.scores`, group, tokens, dim },
      linear('attention.wo', dim, dim),
      { kind: 'rmsnorm', name: `${group}.ffn_norm`, group, features: dim },
      linear('feed_forward.w1', dim, ffn),
      linear('feed_forward.w3', dim, ffn),
      linear('feed_forward.w2', ffn, dim),
    ];
  };
  return [
    { kind: 'embedding', name: 'tok_embeddings', group: 'embeddings', entries: vocabulary, dim },
    ...Array.from({ length: 32 }, (_, index) => layer(index)).flat(),
    { kind: 'rmsnorm', name: 'norm', group: 'norm', features: dim },
    { kind: 'linear', name: 'output', group: 'output', inFeatures: dim, outFeatures: vocabulary, bias: false, tokens },
  ];
}

/**
 * GPT-3 175B as Brown et al. (2020, Table 2.1) describe it: 96 layers of width 12,288, 96 heads,
 * feed-forward width 4 × 12,288, a 2,048-token context, GPT-2's 50,257-token vocabulary with the
 * output layer tied to the embeddings, learned positions, biases and layer norm as in GPT-2. Its
 * alternating sparse attention layers change the cost of attention a little, not the parameters.
 */
function gpt3(sequenceLength?: number): Layer[] {
  const tokens = checkSequenceLength('GPT-3', sequenceLength, 2048);
  const dim = 12_288;
  const shape: TransformerShape = { layers: 96, dim, ffn: 4 * dim, tokens, prefix: 'h' };
  return [
    { kind: 'embedding', name: 'wte', group: 'embeddings', entries: 50_257, dim },
    { kind: 'embedding', name: 'wpe', group: 'embeddings', entries: 2048, dim },
    ...Array.from({ length: shape.layers }, (_, index) => transformerLayer(shape, index)).flat(),
    { kind: 'layernorm', name: 'ln_f', group: 'ln_f', features: dim },
    { kind: 'linear', name: 'lm_head', group: 'lm_head', inFeatures: dim, outFeatures: 50_257, bias: false, tokens, tiedWeights: true },
  ];
}

export const models: readonly ModelSpec[] = [
  { id: 'vgg16', name: 'VGG16', training: 'epochs', build: vgg16 },
  { id: 'resnet50', name: 'ResNet-50', training: 'epochs', build: resnet50 },
  { id: 'bert-base', name: 'BERT-base', sequence: { default: 128, max: 512 }, training: 'epochs', build: bertBase },
  { id: 'gpt2-small', name: 'GPT-2 small', sequence: { default: 1024, max: 1024 }, training: 'epochs', build: gpt2Small },
  { id: 'llama3-8b', name: 'Llama 3 8B', sequence: { default: 8192, max: 8192 }, training: 'tokens', build: llama3 },
  { id: 'gpt3-175b', name: 'GPT-3 175B', sequence: { default: 2048, max: 2048 }, training: 'tokens', build: gpt3 },
];

export function modelById(id: string): ModelSpec {
  const model = models.find((candidate) => candidate.id === id);
  if (!model) throw new RangeError(`Unknown model "${id}"; known models are ${models.map((m) => m.id).join(', ')}.`);
  return model;
}

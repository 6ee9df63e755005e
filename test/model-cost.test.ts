import { describe, expect, it } from 'vitest';
import { layerCost, modelCost, type Layer } from '../src/lib/model-cost/layers.ts';
import { modelById, models } from '../src/lib/model-cost/models.ts';
import {
  COMPUTE_OPTIMAL_TOKENS_PER_PARAM,
  computeOptimalTokens,
  trainingFlops,
  trainingFlopsFromTokens,
  trainingFlopsPerExample,
  trainingSeconds,
} from '../src/lib/model-cost/training.ts';
import { throughputs } from '../src/lib/model-cost/throughputs.ts';

const cost = (id: string, sequenceLength?: number) => modelCost(modelById(id).build(sequenceLength));

describe('layer costs', () => {
  it('counts a convolution: weights, bias and one dot product per output value', () => {
    // 3×3, 2 → 4 channels on a 5×5 map, padding 1, stride 2: output 3×3.
    // Params: 3·3·2·4 = 72 weights + 4 biases = 76. MACs: 3·3 outputs × 4 channels × 18 = 648.
    const layer: Layer = { kind: 'conv2d', name: 'c', group: 'g', inChannels: 2, outChannels: 4, kernel: 3, stride: 2, padding: 1, bias: true, inSize: 5 };
    expect(layerCost(layer)).toEqual({ params: 76, macs: 648 });
  });

  it('counts a linear layer per token, and tied weights as compute without parameters', () => {
    // 10 → 3 with bias, 4 tokens: params 30 + 3 = 33, MACs 4 × 30 = 120.
    const layer: Layer = { kind: 'linear', name: 'l', group: 'g', inFeatures: 10, outFeatures: 3, bias: true, tokens: 4 };
    expect(layerCost(layer)).toEqual({ params: 33, macs: 120 });
    expect(layerCost({ ...layer, tiedWeights: true })).toEqual({ params: 0, macs: 120 });
  });

  it('counts attention as two tokens × tokens × width products', () => {
    // 6 tokens, width 8: 2 · 36 · 8 = 576.
    expect(layerCost({ kind: 'attention', name: 'a', group: 'g', tokens: 6, dim: 8 })).toEqual({ params: 0, macs: 576 });
  });

  it('gives RMSNorm a scale per feature and layer norm a scale and a shift', () => {
    expect(layerCost({ kind: 'rmsnorm', name: 'r', group: 'g', features: 10 })).toEqual({ params: 10, macs: 0 });
    expect(layerCost({ kind: 'layernorm', name: 'n', group: 'g', features: 10 })).toEqual({ params: 20, macs: 0 });
  });

  it('rejects a layer that cannot exist, naming it', () => {
    const bad: Layer = { kind: 'conv2d', name: 'tiny', group: 'g', inChannels: 1, outChannels: 1, kernel: 7, stride: 1, padding: 0, bias: false, inSize: 3 };
    expect(() => layerCost(bad)).toThrow(/"tiny".*does not fit/);
    expect(() => layerCost({ kind: 'linear', name: 'zero', group: 'g', inFeatures: 0, outFeatures: 3, bias: true, tokens: 1 })).toThrow(
      /"zero": inFeatures must be a positive integer, got 0/,
    );
  });
});

describe('VGG16', () => {
  const vgg = cost('vgg16');

  it('has exactly the parameter count torchvision publishes', () => {
    // torchvision model page for vgg16 (VGG16_Weights.IMAGENET1K_V1): num_params 138357544.
    // https://pytorch.org/vision/stable/models/generated/torchvision.models.vgg16.html
    expect(vgg.params).toBe(138_357_544);
  });

  it('needs about 15.47 billion multiply-adds at 224×224', () => {
    // torchvision's page lists "GFLOPS 15.47"; torchvision counts a multiply-add as one operation.
    // By hand: the 13 convolutions need 15,346,630,656 MACs (e.g. conv1_2: 224² × 9 × 64 × 64 =
    // 1,849,688,064) and the three fully connected layers 25,088·4,096 + 4,096² + 4,096·1,000 =
    // 123,633,664, in all 15,470,264,320.
    expect(vgg.macs).toBe(15_470_264_320);
    expect(vgg.macs / 1e9).toBeCloseTo(15.47, 2);
  });

  it('breaks down into its 16 weight layers, with fc6 holding most parameters', () => {
    expect(vgg.groups).toHaveLength(16);
    const fc6 = vgg.groups.find((g) => g.group === 'fc6');
    // 25,088 × 4,096 + 4,096 = 102,764,544.
    expect(fc6?.params).toBe(102_764_544);
    expect(vgg.groups.reduce((sum, g) => sum + g.macs, 0)).toBe(vgg.macs);
  });
});

describe('ResNet-50', () => {
  const resnet = cost('resnet50');

  it('has exactly the parameter count torchvision publishes', () => {
    // torchvision model page for resnet50 (ResNet50_Weights.IMAGENET1K_V1): num_params 25557032.
    // https://pytorch.org/vision/stable/models/generated/torchvision.models.resnet50.html
    // (He et al. 2016, "Deep Residual Learning for Image Recognition", describe the architecture.)
    expect(resnet.params).toBe(25_557_032);
  });

  it('needs about 4.1 billion multiply-adds at 224×224', () => {
    // torchvision's page lists "GFLOPS 4.09" (multiply-adds) for its v1.5 variant. He et al. 2016,
    // Table 1, give 3.8 × 10⁹ for the original placement of the stride.
    expect(resnet.macs / 1e9).toBeCloseTo(4.09, 2);
  });

  it('groups the stem, 16 bottleneck blocks and the classifier', () => {
    expect(resnet.groups.map((g) => g.group)).toEqual([
      'conv1',
      ...[3, 4, 6, 3].flatMap((blocks, stage) => Array.from({ length: blocks }, (_, b) => `layer${stage + 1}.${b}`)),
      'fc',
    ]);
  });
});

describe('BERT-base', () => {
  it('has about 110 million parameters (exactly 109,482,240 with the pooler)', () => {
    // Devlin et al. 2019, "BERT: Pre-training of Deep Bidirectional Transformers for Language
    // Understanding", section 3: BERT-BASE, total parameters = 110M.
    // By hand for Hugging Face's BertModel (bert-base-uncased, pooler included, pre-training heads
    // not): embeddings 30,522·768 + 512·768 + 2·768 + 2·768 = 23,837,184; each of the 12 layers
    // 3·(768² + 768) + (768² + 768) + 2·768 + (768·3,072 + 3,072) + (3,072·768 + 768) + 2·768 =
    // 7,087,872; pooler 768² + 768 = 590,592. Total 23,837,184 + 12·7,087,872 + 590,592.
    const { params } = cost('bert-base', 128);
    expect(params).toBe(109_482_240);
    // The paper rounds loosely: 109.5 million is within 0.5 % of its 110M.
    expect(Math.abs(params - 110e6) / 110e6).toBeLessThan(0.005);
  });

  it('costs more per example as sequences grow, faster than linearly because of attention', () => {
    // By hand at 128 tokens: per layer 128 · (768·2,304 + 768² + 2·768·3,072) = 128 · 7,077,888 =
    // 905,969,664 for the linear layers plus 2 · 128² · 768 = 25,165,824 for attention;
    // 12 layers = 11,173,625,856; the pooler adds 589,824: 11,174,215,680.
    expect(cost('bert-base', 128).macs).toBe(11_174_215_680);
    const at256 = cost('bert-base', 256).macs;
    expect(at256).toBeGreaterThan(2 * cost('bert-base', 128).macs - 589_824);
  });

  it('does not change its parameter count with sequence length', () => {
    expect(cost('bert-base', 512).params).toBe(cost('bert-base', 8).params);
  });

  it('rejects a sequence length it cannot take', () => {
    expect(() => modelById('bert-base').build(513)).toThrow('BERT-base: sequence length must be a whole number from 1 to 512, got 513.');
    expect(() => modelById('bert-base').build(undefined)).toThrow(/got undefined/);
  });
});

describe('GPT-2 small', () => {
  it('has about 124 million parameters (exactly 124,439,808 with the output layer tied to the embeddings)', () => {
    // Hugging Face model card for openai-community/gpt2: "the smallest version of GPT-2, with 124M
    // parameters". (Radford et al. 2019, Table 2, printed 117M for this model; OpenAI later
    // corrected the count to 124M.)
    // By hand: token embeddings 50,257·768 = 38,597,376; positions 1,024·768 = 786,432; 12 layers ×
    // 7,087,872 (same layer shapes as BERT-base) = 85,054,464; final layer norm 1,536.
    const { params } = cost('gpt2-small', 1024);
    expect(params).toBe(124_439_808);
    expect(Math.round(params / 1e6)).toBe(124);
  });

  it('counts the tied output layer as compute', () => {
    // By hand at 1,024 tokens: 12 · (1,024 · 7,077,888 + 2 · 1,024² · 768) + 1,024 · 768 · 50,257
    // = 12 · (7,247,757,312 + 1,610,612,736) + 39,523,172,352 = 145,824,153,600.
    expect(cost('gpt2-small', 1024).macs).toBe(145_824_153_600);
  });
});

describe('Llama 3 8B', () => {
  it('has the 8.03 billion parameters Meta publishes (exactly 8,030,261,248)', () => {
    // Meta's model card for Meta-Llama-3-8B gives 8B; Hugging Face lists 8.03B parameters.
    // By hand: embeddings and the untied output layer 2 · 128,256 · 4,096 = 1,050,673,152; each of
    // the 32 layers 4,096² · 2 (Q, O) + 4,096 · 1,024 · 2 (K, V with 8 heads of 128) + 3 · 4,096 ·
    // 14,336 (SwiGLU) + 2 · 4,096 (RMSNorm) = 218,112,000; final RMSNorm 4,096.
    const { params } = cost('llama3-8b', 8192);
    expect(params).toBe(8_030_261_248);
    // Within 0.1 % of the published 8.03 billion.
    expect(Math.abs(params - 8.03e9) / 8.03e9).toBeLessThan(0.001);
  });

  it('needs about as many multiply-adds per token as it has weights, plus attention', () => {
    // Per token: every weight but the embedding lookup and the norms' scales (8,030,261,248 −
    // 525,336,576 − 266,240 = 7,504,658,432), plus attention over the context: 32 layers · 2 ·
    // 8,192 · 4,096 = 2,147,483,648.
    const { macs } = cost('llama3-8b', 8192);
    expect(macs / 8192).toBe(7_504_658_432 + 2_147_483_648);
  });
});

describe('GPT-3 175B', () => {
  it('has the 175 billion parameters of Brown et al. (2020), within 0.5 %', () => {
    // Brown et al. 2020, "Language Models are Few-Shot Learners", Table 2.1: 175.0B parameters,
    // 96 layers, d_model 12,288, 96 heads, context 2,048. By hand: embeddings 50,257 · 12,288 +
    // 2,048 · 12,288 = 642,723,840; each layer 12 · 12,288² + 13 · 12,288 = 1,812,099,072 (with
    // biases and two layer norms); final layer norm 24,576. Total 174,604,259,328.
    const { params } = cost('gpt3-175b', 2048);
    expect(params).toBe(174_604_259_328);
    expect(Math.abs(params - 175e9) / 175e9).toBeLessThan(0.005);
  });
});

describe('model list', () => {
  it('knows each model by id and rejects an unknown id with the list of known ones', () => {
    expect(models.map((m) => m.id)).toEqual(['vgg16', 'resnet50', 'bert-base', 'gpt2-small', 'llama3-8b', 'gpt3-175b']);
    expect(() => modelById('alexnet')).toThrow(
      'Unknown model "alexnet"; known models are vgg16, resnet50, bert-base, gpt2-small, llama3-8b, gpt3-175b.',
    );
  });

  it('trains the language models on tokens and the others for epochs', () => {
    expect(models.filter((m) => m.training === 'tokens').map((m) => m.id)).toEqual(['llama3-8b', 'gpt3-175b']);
  });
});

describe('training cost', () => {
  it('takes about three forward passes of two FLOPs per multiply-add', () => {
    // 1,000 MACs → 2,000 FLOPs forward → 6,000 FLOPs for forward + backward.
    expect(trainingFlopsPerExample(1000)).toBe(6000);
    // VGG16 per 224×224 image: 6 × 15,470,264,320 = 92,821,585,920 FLOPs ≈ 92.8 GFLOP.
    expect(trainingFlopsPerExample(cost('vgg16').macs)).toBe(92_821_585_920);
  });

  it('scales with examples and epochs', () => {
    // 1,000 MACs × 6 × 50 examples × 3 epochs = 900,000.
    expect(trainingFlops(1000, 50, 3)).toBe(900_000);
    expect(() => trainingFlops(1000, 0, 3)).toThrow('Examples per epoch must be a whole number ≥ 1, got 0.');
    expect(() => trainingFlops(1000, 10, 1.5)).toThrow('Epochs must be a whole number ≥ 1, got 1.5.');
  });

  it('costs a language model 6 FLOPs per parameter per token', () => {
    // GPT-3: 6 × 174,604,259,328 × 300 billion tokens ≈ 3.14 × 10²³ FLOPs, the 3.14E+23 of Brown
    // et al. 2020, Table D.1.
    const gpt3 = cost('gpt3-175b', 2048).params;
    expect(trainingFlopsFromTokens(gpt3, 300e9) / 1e23).toBeCloseTo(3.14, 2);
    expect(() => trainingFlopsFromTokens(gpt3, 0)).toThrow('Training tokens must be a whole number ≥ 1, got 0.');
  });

  it('puts the compute-optimal token count at about 20 per parameter', () => {
    // Hoffmann et al. 2022: Chinchilla, 70 billion parameters, trained on 1.4 trillion tokens.
    expect(COMPUTE_OPTIMAL_TOKENS_PER_PARAM).toBe(20);
    expect(computeOptimalTokens(70e9)).toBe(1.4e12);
    expect(computeOptimalTokens(cost('llama3-8b', 8192).params)).toBe(160_605_224_960);
  });

  it('turns FLOPs into seconds at a throughput and utilisation', () => {
    // 4 × 10¹² FLOPs at 100 GFLOPS peak, half used: 4e12 / (100e9 × 0.5) = 80 s.
    expect(trainingSeconds(4e12, 100, 0.5)).toBe(80);
    expect(() => trainingSeconds(1, 0, 0.5)).toThrow('Throughput must be a number of GFLOPS > 0, got 0.');
    expect(() => trainingSeconds(1, 10, 1.2)).toThrow('Utilisation must be a fraction in (0, 1], got 1.2.');
  });
});

describe('typical throughputs', () => {
  it('each have a source link and a positive peak', () => {
    for (const t of throughputs) {
      expect(t.source).toMatch(/^https:\/\//);
      expect(t.gflops).toBeGreaterThan(0);
    }
  });

  it('match the stated arithmetic', () => {
    const byId = Object.fromEntries(throughputs.map((t) => [t.id, t.gflops]));
    // 32 FLOP/cycle × 3.0 GHz = 96 GFLOPS; 2,880 × 2 × 0.889 GHz = 5,120.64 GFLOPS;
    // 67 TFLOPS = 67,000 GFLOPS; 1,979 TFLOPS / 2 = 989,500 GFLOPS.
    expect(byId['cpu-core']).toBe(96);
    expect(byId['gtx-titan-black']).toBeCloseTo(5120.64, 6);
    expect(byId['h100-sxm-fp32']).toBe(67_000);
    expect(byId['h100-sxm-bf16']).toBe(989_500);
  });
});

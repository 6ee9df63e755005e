/**
 * Layer definitions and what each one costs: how many trainable parameters it holds and how many
 * multiply-adds (MACs) one forward pass through it performs for one example.
 *
 * Counting rules (the same ones torchvision's and Hugging Face's published figures follow):
 * - parameters are trainable weights and biases; running statistics of batch norm are buffers,
 *   not parameters;
 * - MACs count only the multiply-adds of convolutions, fully connected layers and the two
 *   matrix products inside attention; element-wise work (activations, normalisation, pooling,
 *   softmax, residual additions, bias additions) is left out because it is tiny next to them.
 */

interface LayerBase {
  /** Name of the layer, e.g. `conv1_1` or `encoder.3.ffn.in`. */
  name: string;
  /** The block the layer belongs to; the per-layer breakdown adds layers up per group. */
  group: string;
}

export interface Conv2dLayer extends LayerBase {
  kind: 'conv2d';
  inChannels: number;
  outChannels: number;
  kernel: number;
  stride: number;
  padding: number;
  bias: boolean;
  /** Height and width of the input feature map (square maps only). */
  inSize: number;
}

export interface LinearLayer extends LayerBase {
  kind: 'linear';
  inFeatures: number;
  outFeatures: number;
  bias: boolean;
  /** How many vectors (tokens) pass through the layer per example; 1 for an image classifier head. */
  tokens: number;
  /** The weight matrix is the embedding table reused (GPT-2's output layer): compute, but no new parameters. */
  tiedWeights?: boolean;
}

export interface EmbeddingLayer extends LayerBase {
  kind: 'embedding';
  entries: number;
  dim: number;
}

export interface NormLayer extends LayerBase {
  /** Batch and layer norm learn a scale and a shift per feature or channel; RMSNorm (Llama) only a scale. */
  kind: 'batchnorm' | 'layernorm' | 'rmsnorm';
  features: number;
}

/** The two matrix products of self-attention, Q·Kᵀ and softmax(…)·V, over all heads together. */
export interface AttentionLayer extends LayerBase {
  kind: 'attention';
  tokens: number;
  /** Model width = heads × head size. */
  dim: number;
}

export type Layer = Conv2dLayer | LinearLayer | EmbeddingLayer | NormLayer | AttentionLayer;

export interface LayerCost {
  params: number;
  macs: number;
}

function requirePositiveInteger(layer: Layer, field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`Layer "${layer.name}": ${field} must be a positive integer, got ${value}.`);
  }
}

/** Side length of a convolution's output map. */
export function convOutputSize(layer: Conv2dLayer): number {
  const size = Math.floor((layer.inSize + 2 * layer.padding - layer.kernel) / layer.stride) + 1;
  if (size < 1) {
    throw new RangeError(
      `Layer "${layer.name}": a ${layer.kernel}×${layer.kernel} kernel does not fit a ${layer.inSize}×${layer.inSize} input with padding ${layer.padding}.`,
    );
  }
  return size;
}

export function layerCost(layer: Layer): LayerCost {
  switch (layer.kind) {
    case 'conv2d': {
      for (const field of ['inChannels', 'outChannels', 'kernel', 'stride', 'inSize'] as const) {
        requirePositiveInteger(layer, field, layer[field]);
      }
      const out = convOutputSize(layer);
      const weights = layer.kernel * layer.kernel * layer.inChannels * layer.outChannels;
      // Every output value is one dot product of length kernel² × inChannels.
      return { params: weights + (layer.bias ? layer.outChannels : 0), macs: out * out * weights };
    }
    case 'linear': {
      for (const field of ['inFeatures', 'outFeatures', 'tokens'] as const) {
        requirePositiveInteger(layer, field, layer[field]);
      }
      const weights = layer.inFeatures * layer.outFeatures;
      const params = layer.tiedWeights ? 0 : weights + (layer.bias ? layer.outFeatures : 0);
      return { params, macs: layer.tokens * weights };
    }
    case 'embedding':
      requirePositiveInteger(layer, 'entries', layer.entries);
      requirePositiveInteger(layer, 'dim', layer.dim);
      // A lookup copies a row; it multiplies nothing.
      return { params: layer.entries * layer.dim, macs: 0 };
    case 'batchnorm':
    case 'layernorm':
    case 'rmsnorm':
      requirePositiveInteger(layer, 'features', layer.features);
      return { params: (layer.kind === 'rmsnorm' ? 1 : 2) * layer.features, macs: 0 };
    case 'attention':
      requirePositiveInteger(layer, 'tokens', layer.tokens);
      requirePositiveInteger(layer, 'dim', layer.dim);
      // Q·Kᵀ: tokens² dot products of length dim (summed over heads); the weighted sum of V: the same again.
      return { params: 0, macs: 2 * layer.tokens * layer.tokens * layer.dim };
  }
}

export interface GroupCost extends LayerCost {
  group: string;
}

export interface ModelCost extends LayerCost {
  /** Per group, in the order the groups first appear. */
  groups: GroupCost[];
}

export function modelCost(layers: readonly Layer[]): ModelCost {
  if (layers.length === 0) throw new RangeError('A model needs at least one layer.');
  const groups = new Map<string, GroupCost>();
  let params = 0;
  let macs = 0;
  for (const layer of layers) {
    const cost = layerCost(layer);
    params += cost.params;
    macs += cost.macs;
    const group = groups.get(layer.group) ?? { group: layer.group, params: 0, macs: 0 };
    group.params += cost.params;
    group.macs += cost.macs;
    groups.set(layer.group, group);
  }
  return { params, macs, groups: [...groups.values()] };
}

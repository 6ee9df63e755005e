/**
 * From the cost of one forward pass to the cost of training.
 *
 * One multiply-add is two floating-point operations. The backward pass needs about twice the
 * work of the forward pass (a gradient for the activations and one for the weights), so one
 * training step costs about 3 × the forward pass: 3 × 2 × MACs = 6 × MACs FLOPs per example.
 */

export const FLOPS_PER_MAC = 2;
export const TRAINING_TO_FORWARD_RATIO = 3;

function requireNonNegative(what: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} must be a finite number ≥ 0, got ${value}.`);
}

function requirePositiveInteger(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${what} must be a whole number ≥ 1, got ${value}.`);
}

export function trainingFlopsPerExample(forwardMacs: number): number {
  requireNonNegative('Forward multiply-adds', forwardMacs);
  return TRAINING_TO_FORWARD_RATIO * FLOPS_PER_MAC * forwardMacs;
}

export function trainingFlops(forwardMacs: number, examplesPerEpoch: number, epochs: number): number {
  requirePositiveInteger('Examples per epoch', examplesPerEpoch);
  requirePositiveInteger('Epochs', epochs);
  return trainingFlopsPerExample(forwardMacs) * examplesPerEpoch * epochs;
}

/**
 * Seconds to do `flops` of work on hardware with a peak of `peakGflops`, of which only the
 * fraction `utilisation` is achieved in practice (memory traffic, launch gaps, imperfect kernels).
 */
export function trainingSeconds(flops: number, peakGflops: number, utilisation: number): number {
  requireNonNegative('FLOPs', flops);
  if (!Number.isFinite(peakGflops) || peakGflops <= 0) throw new RangeError(`Throughput must be a number of GFLOPS > 0, got ${peakGflops}.`);
  if (!Number.isFinite(utilisation) || utilisation <= 0 || utilisation > 1) {
    throw new RangeError(`Utilisation must be a fraction in (0, 1], got ${utilisation}.`);
  }
  return flops / (peakGflops * 1e9 * utilisation);
}

/**
 * Language models are trained on tokens: about 6 FLOPs per parameter per token, 2 for the forward
 * pass (a multiply and an add per weight) and 4 for the backward pass (Kaplan et al. 2020; the
 * same 6ND Hoffmann et al. 2022 use). It leaves out attention over the context, a few percent
 * for these models at their training lengths.
 */
export const FLOPS_PER_PARAM_TOKEN = 6;

/**
 * Tokens per parameter that minimise loss for a fixed compute budget, by Hoffmann et al. (2022,
 * "Training Compute-Optimal Large Language Models"): roughly 20, e.g. Chinchilla's 70 billion
 * parameters on 1.4 trillion tokens.
 */
export const COMPUTE_OPTIMAL_TOKENS_PER_PARAM = 20;

export function trainingFlopsFromTokens(params: number, tokens: number): number {
  requirePositiveInteger('Parameters', params);
  requirePositiveInteger('Training tokens', tokens);
  return FLOPS_PER_PARAM_TOKEN * params * tokens;
}

/** The compute-optimal number of training tokens for a model of this size. */
export function computeOptimalTokens(params: number): number {
  requirePositiveInteger('Parameters', params);
  return COMPUTE_OPTIMAL_TOKENS_PER_PARAM * params;
}

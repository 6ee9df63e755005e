/**
 * Typical peak throughputs (FP32 unless stated) for the cost calculator, each with where the
 * figure comes from. Peaks are what the hardware could do if every arithmetic unit were busy on
 * every cycle; the calculator scales them by a utilisation factor.
 */
export interface Throughput {
  id: 'cpu-core' | 'gtx-titan-black' | 'h100-sxm-fp32' | 'h100-sxm-bf16';
  /** Peak, in GFLOPS (10⁹ floating-point operations per second). */
  gflops: number;
  source: string;
}

export const throughputs: readonly Throughput[] = [
  {
    id: 'cpu-core',
    // Haswell and later x86 cores: two 8-wide FP32 fused multiply-adds per cycle = 32 FLOP/cycle.
    gflops: 32 * 3.0,
    source: 'https://stackoverflow.com/questions/15655835/flops-per-cycle-for-sandy-bridge-and-haswell-sse2-avx-avx2',
  },
  {
    id: 'gtx-titan-black',
    // 2,880 CUDA cores × 2 FLOP (one FMA) per cycle × 0.889 GHz base clock.
    gflops: 2880 * 2 * 0.889,
    source: 'https://www.guru3d.com/articles-pages/nvidia-geforce-gtx-titan-black-review,5.html',
  },
  {
    id: 'h100-sxm-fp32',
    // FP32 without Tensor Cores: 67 TFLOPS.
    gflops: 67_000,
    source: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
  {
    id: 'h100-sxm-bf16',
    // NVIDIA's table gives 1,979 TFLOPS "with sparsity"; dense matrices get half.
    gflops: 1_979_000 / 2,
    source: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
];

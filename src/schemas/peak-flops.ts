import { z } from 'astro/zod';
import { httpUrl } from './url.ts';

/** The chips compared. */
export const processorKinds = ['cpu', 'gpu'] as const;
export type ProcessorKind = (typeof processorKinds)[number];

/**
 * What is being counted: ordinary single-precision arithmetic, or the dense FP16/BF16 matrix
 * throughput of GPU tensor units (which only exist from 2017 on).
 */
export const throughputSeries = ['fp32', 'tensor-fp16'] as const;
export type ThroughputSeries = (typeof throughputSeries)[number];

/** First year a GPU had tensor units (Volta V100). */
export const FIRST_TENSOR_YEAR = 2017;

/** Where a figure (or, for a derived one, its inputs) comes from. */
const sourceSchema = z.object({
  /** Title of the page or file, with its licence where one applies. */
  title: z.string().trim().min(1),
  /** Link to it. */
  url: httpUrl,
});

/**
 * A part's peak memory bandwidth, the roofline's second ceiling (src/lib/roofline.ts). It belongs
 * to the part, so only its FP32 row carries it; the part's tensor row shares it.
 */
export const memoryBandwidthSchema = z
  .object({
    /** Peak bandwidth between the chip and its main memory, in GB/s (10⁹ bytes per second). */
    gbPerS: z.number().positive(),
    /** The memory as the vendor names it, with the configuration the figure assumes ("DDR5-5600, two channels"). */
    memory: z.string().trim().min(1),
    /** True when we computed the figure ourselves instead of copying it from the source. */
    derived: z.boolean(),
    /** The arithmetic behind a derived figure, with every assumption named. Only for derived figures. */
    derivation: z.string().trim().min(1).optional(),
    source: sourceSchema,
  })
  .refine((memory) => memory.derived === (memory.derivation !== undefined), {
    message: 'memory: a derived bandwidth needs its derivation, and only a derived one has one.',
    path: ['derivation'],
  });

export type MemoryBandwidth = z.infer<typeof memoryBandwidthSchema>;

/** One data point of the peak-throughput chart (a row of content/datasets/peak-flops.yaml). */
export const peakFlopsRowSchema = z
  .object({
    /** Unique, stable key of the row: `<year>-<part>`, plus the series where a part has two rows. */
    id: z.string().regex(/^\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be <year>-<kebab-slug>.'),
    /** Year the part became available. */
    year: z.number().int().min(1990).max(2100),
    /** Product name as the vendor writes it, with the variant where it matters ("H100 SXM"). */
    name: z.string().trim().min(1),
    /** CPU or GPU. */
    kind: z.enum(processorKinds),
    /** `fp32` for every chip; `tensor-fp16` for GPU tensor units, dense, never "with sparsity". */
    series: z.enum(throughputSeries),
    /** Theoretical peak, in the unit named by `unit`. */
    gflops: z.number().positive(),
    /** Always GFLOPS; stored so a copied row never loses its unit. */
    unit: z.literal('GFLOPS'),
    /** True when we computed the figure ourselves instead of copying it from the source. */
    derived: z.boolean(),
    /** The arithmetic behind a derived figure, with every assumption named. Only for derived rows. */
    derivation: z.string().trim().min(1).optional(),
    /** Where the figure (or, for a derived one, its inputs) comes from. */
    source: sourceSchema,
    /** Peak memory bandwidth of the part, where the roofline shows it; FP32 rows only. */
    memory: memoryBandwidthSchema.optional(),
  })
  .superRefine((row, ctx) => {
    if (row.derived && !row.derivation) {
      ctx.addIssue({ code: 'custom', path: ['derivation'], message: `${row.id}: a derived figure must show its arithmetic in derivation.` });
    }
    if (!row.derived && row.derivation) {
      ctx.addIssue({ code: 'custom', path: ['derived'], message: `${row.id}: has a derivation but is not marked derived.` });
    }
    if (row.memory && row.series !== 'fp32') {
      ctx.addIssue({ code: 'custom', path: ['memory'], message: `${row.id}: memory bandwidth belongs on the part's fp32 row.` });
    }
    if (row.series === 'tensor-fp16' && (row.kind !== 'gpu' || row.year < FIRST_TENSOR_YEAR)) {
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: `${row.id}: the tensor-fp16 series is for GPUs from ${FIRST_TENSOR_YEAR} on.`,
      });
    }
  });

export type PeakFlopsRow = z.infer<typeof peakFlopsRowSchema>;

/** The whole dataset: rows with unique ids. */
export const peakFlopsDatasetSchema = z
  .array(peakFlopsRowSchema)
  .min(1)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      if (seen.has(row.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Duplicate id ${row.id}.` });
      seen.add(row.id);
    }
  });

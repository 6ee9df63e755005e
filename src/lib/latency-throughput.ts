/**
 * Latency against throughput: N independent, equal tasks on two machines.
 *
 * The model. A machine has `cores` identical cores, each doing `speed` operations per second,
 * and a fixed `overhead` in seconds paid once before any work starts (copying data to a GPU and
 * launching a kernel; zero for a CPU that already has the data). A task of `work` operations is
 * never split, and each core runs one task at a time, so N tasks run in ⌈N / cores⌉ waves of
 * work / speed seconds each:
 *
 *   t(N) = overhead + ⌈N / cores⌉ · work / speed
 *
 * Machine A (few fast cores, no overhead) wins for small N: one task takes work / speedA there,
 * against overheadB + work / speedB on machine B. Machine B (many slow cores) wins for large N
 * when its total rate cores × speed is higher: in the long run each task costs
 * rA = work / (coresA · speedA) on A and rB = work / (coresB · speedB) on B.
 *
 * The crossover. Without the waves (t ≈ overhead + N · r) the lines cross at
 * N* = overheadB / (rA − rB). The waves make both curves staircases, so near N* the winner can
 * flip back and forth. Two bounds from ⌈x⌉ ∈ [x, x + 1) pin the exact answer down:
 *   B is faster for every N > (overheadB + work / speedB) / (rA − rB), and
 *   A is at least as fast for every N ≤ (overheadB − work / speedA) / (rA − rB);
 * only the N between those bounds need checking, and only at the ends of A's waves (where A's
 * time is about to step up and B's has had the longest to grow).
 */

export interface Machine {
  cores: number;
  /** Operations per second of one core. */
  speed: number;
  /** Seconds paid once per batch before any task starts. */
  overhead: number;
}

function requirePositiveInteger(what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${what} must be a whole number ≥ 1, got ${value}.`);
}

function requirePositive(what: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${what} must be a finite number > 0, got ${value}.`);
}

function checkMachine(label: string, machine: Machine): void {
  requirePositiveInteger(`${label}: cores`, machine.cores);
  requirePositive(`${label}: speed per core`, machine.speed);
  if (!Number.isFinite(machine.overhead) || machine.overhead < 0) {
    throw new RangeError(`${label}: overhead must be a finite number of seconds ≥ 0, got ${machine.overhead}.`);
  }
}

/** Seconds until the last of `tasks` tasks of `work` operations each has finished. */
export function finishingTime(machine: Machine, tasks: number, work: number): number {
  checkMachine('Machine', machine);
  requirePositiveInteger('Number of tasks', tasks);
  requirePositive('Work per task', work);
  return machine.overhead + Math.ceil(tasks / machine.cores) * (work / machine.speed);
}

export interface Crossover {
  /** Smallest N at which B finishes strictly first; null if it never does. */
  firstFasterAt: number | null;
  /** Smallest N from which B finishes strictly first for every larger N too; null if there is none. */
  fasterFrom: number | null;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Where many-core machine B overtakes machine A (which must have no overhead: the model keeps
 * the start-up cost on the side of the machine that needs the data shipped to it).
 */
export function crossover(a: Machine, b: Machine, work: number): Crossover {
  checkMachine('Machine A', a);
  checkMachine('Machine B', b);
  requirePositive('Work per task', work);
  if (a.overhead !== 0) throw new RangeError(`Machine A: the model gives the overhead to machine B only; got ${a.overhead} s for A.`);

  const tA = (n: number) => Math.ceil(n / a.cores) * (work / a.speed);
  const tB = (n: number) => b.overhead + Math.ceil(n / b.cores) * (work / b.speed);
  const bFaster = (n: number) => tB(n) < tA(n);
  const rateA = work / (a.cores * a.speed);
  const rateB = work / (b.cores * b.speed);

  // A's time is flat within each of its waves and B's never falls, so B's best chance in a wave
  // of A is the wave's first task count: scan those.
  const firstFasterUpTo = (limit: number): number | null => {
    for (let n = 1; n <= limit; n += a.cores) if (bFaster(n)) return n;
    return null;
  };

  if (rateB >= rateA) {
    // At every multiple of A's core count, A runs at its full rate and B cannot be ahead, so B
    // never stays ahead. It can still win single task counts: with equal rates the pattern
    // repeats every lcm(coresA, coresB) tasks; with B slower it cannot win once
    // N · (rateB − rateA) exceeds A's wave time.
    const limit =
      rateB === rateA
        ? (a.cores / gcd(a.cores, b.cores)) * b.cores
        : Math.floor((work / a.speed - b.overhead) / (rateB - rateA)) + 1;
    return { firstFasterAt: firstFasterUpTo(limit), fasterFrom: null };
  }

  // B is faster for every N above this bound (see the module comment); +2 absorbs rounding in
  // the division, and checking a count or two more costs nothing.
  const surelyFaster = Math.floor((b.overhead + work / b.speed) / (rateA - rateB)) + 2;

  // The last count where B is not faster sits at the end of one of A's waves (or at the bound's
  // edge): scan downward from the bound. The scan stops by the second bound of the module comment
  // at the latest, so it takes few steps.
  let fasterFrom = 1;
  const top = surelyFaster - 1;
  if (!bFaster(top)) {
    fasterFrom = surelyFaster;
  } else {
    for (let end = Math.floor(top / a.cores) * a.cores; end >= 1; end -= a.cores) {
      if (!bFaster(end)) {
        fasterFrom = end + 1;
        break;
      }
    }
  }
  return { firstFasterAt: firstFasterUpTo(fasterFrom), fasterFrom };
}

/**
 * The task counts the chart draws its step lines through, smallest first: every count up to 100,
 * where each extra round of tasks shows as a step, then about 25 per power of ten up to a million.
 */
export function chartTaskCounts(): number[] {
  const counts = new Set<number>();
  for (let n = 1; n <= 100; n++) counts.add(n);
  // Integer steps: adding 0.04 a hundred times falls just short of 6 and would miss the million.
  for (let step = 0; step <= 100; step++) counts.add(Math.round(10 ** (2 + step / 25)));
  return [...counts].sort((x, y) => x - y);
}

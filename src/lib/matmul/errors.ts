/**
 * Why a backend's run failed, as types rather than message patterns: the lab
 * reports each differently and recovers by starting the backend afresh.
 */

/** The worker died on its own (out of memory, a script error at start-up). */
export class WorkerCrashError extends Error {
  override name = 'WorkerCrashError';
}

/** The worker was stopped from the page (cancel, dispose); a call still pending ends with this. */
export class WorkerStoppedError extends Error {
  override name = 'WorkerStoppedError';
}

/** The GPU went away under a run: a lost WebGL2 context or a lost or destroyed WebGPU device. */
export class GpuLostError extends Error {
  override name = 'GpuLostError';
}

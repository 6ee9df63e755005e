import { wrap, type Remote } from 'comlink';
import { WorkerCrashError, WorkerStoppedError } from '../../lib/matmul/errors.ts';

/**
 * A Comlink proxy that also fails loudly when its worker dies: Comlink alone
 * would leave the call pending forever if the worker crashed (out of memory,
 * a script error at start-up), and the lab must report that and stay usable.
 * Given a signal, the handle terminates its worker when the signal aborts.
 */
export class WorkerHandle<Api> {
  readonly api: Remote<Api>;
  private crash: Promise<never>;
  private stop: (error: Error) => void = () => undefined;
  private readonly signal: AbortSignal | undefined;
  private readonly onAbort = () => this.terminate();

  constructor(
    readonly worker: Worker,
    signal?: AbortSignal,
  ) {
    this.api = wrap<Api>(worker);
    this.crash = new Promise<never>((_, reject) => {
      this.stop = reject;
      const fail = (event: Event) => {
        // An ErrorEvent carries the script error; a messageerror or an out-of-memory kill may not.
        const message = (event as Partial<ErrorEvent>).message || 'the worker stopped';
        reject(new WorkerCrashError(message));
      };
      worker.addEventListener('error', fail, { once: true });
      worker.addEventListener('messageerror', fail, { once: true });
    });
    // Only the race below observes the rejection; without this a crash while idle is "unhandled".
    this.crash.catch(() => undefined);
    this.signal = signal;
    if (signal?.aborted) this.terminate();
    else signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Resolves with the call's result, or rejects if the worker crashes first. */
  call<T>(pending: Promise<T>): Promise<T> {
    return Promise.race([pending, this.crash]);
  }

  /** Stops the worker; a call still pending rejects (a terminated worker never answers). */
  terminate(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
    this.worker.terminate();
    this.stop(new WorkerStoppedError('the worker was stopped'));
  }
}

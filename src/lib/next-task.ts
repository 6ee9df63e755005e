/**
 * Resolves in a task of its own (after the timers already queued), so the work after it is not
 * added to the current task: a browser cannot answer the reader during a long one.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

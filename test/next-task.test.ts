import { expect, it } from 'vitest';
import { nextTask } from '../src/lib/next-task.ts';

it('resolves after the current task, its microtasks and the timers queued before it', async () => {
  const order: string[] = [];
  setTimeout(() => order.push('earlier timer'), 0);
  const waited = nextTask().then(() => order.push('next task'));
  void Promise.resolve().then(() => order.push('microtask'));
  await waited;
  expect(order).toEqual(['microtask', 'earlier timer', 'next task']);
});

import "server-only";
import type { Database } from "@jiji/db";

export type BatchQueueOptions = {
  /** At most this many calls share one run (bound parameters). */
  maxBatch: number;
  /** On a failed run, run each call of the batch alone, so one bad input fails only its own caller. */
  retryOneByOne: boolean;
};

/**
 * Turns a function of many inputs into a function of one that batches: the calls made while a run is in flight
 * wait and share the next run (with one caller at a time, a call runs at once: no added delay). Each caller's
 * promise settles only when the run holding its input has finished, with the output at its input's index.
 * The answer route's attempt reads and answer inserts go through one each.
 */
export function createBatchQueue<Input, Output>(
  database: () => Promise<Database>,
  run: (db: Database, inputs: Input[]) => Promise<readonly Output[]>,
  { maxBatch, retryOneByOne }: BatchQueueOptions,
): (input: Input) => Promise<Output> {
  type Pending = { input: Input; resolve(output: Output): void; reject(error: unknown): void };
  let queue: Pending[] = [];
  let isDraining = false;

  async function settle(db: Database, batch: Pending[]): Promise<void> {
    try {
      const outputs = await run(
        db,
        batch.map((pending) => pending.input),
      );
      for (const [index, pending] of batch.entries()) pending.resolve(outputs[index]!);
    } catch (error) {
      if (!retryOneByOne || batch.length === 1) {
        for (const pending of batch) pending.reject(error);
        return;
      }
      for (const pending of batch) await settle(db, [pending]);
    }
  }

  async function drain(): Promise<void> {
    try {
      const db = await database();
      while (queue.length > 0) {
        const batch = queue.slice(0, maxBatch);
        queue = queue.slice(maxBatch);
        await settle(db, batch);
      }
    } catch (error) {
      for (const pending of queue.splice(0)) pending.reject(error);
    } finally {
      isDraining = false;
    }
  }

  return (input) =>
    new Promise<Output>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (isDraining) return;
      isDraining = true;
      // After the current turn of the event loop, so the requests already being handled join this run.
      setImmediate(() => void drain());
    });
}

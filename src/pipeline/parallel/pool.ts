// The --jobs pool: files linted on worker threads and on the main thread, results returned in input order.
import type { Outcome, Task } from "./worker.js";

// files go out in batches: one message per batch instead of per file
const BATCH_SIZE = 16;
// batches sent to a worker before its first comes back, so that it never waits while the main thread lints
const BATCHES_IN_FLIGHT = 4;

/**
 * Lints `tasks` with `jobs` threads: the main thread, which has the code loaded already, and `jobs - 1`
 * workers. Each takes the next batch when it is free, so a slow file holds up no one else.
 */
export async function runOnPool(tasks: Task[], jobs: number, lintHere: (batch: Task[]) => Promise<Outcome[]>): Promise<Outcome[]> {
  const { default: Tinypool } = await import("tinypool");
  const workers = jobs - 1;
  const pool = new Tinypool({
    filename: new URL("./worker.js", import.meta.url).href,
    name: "lintBatch",
    maxThreads: workers,
    minThreads: workers,
    concurrentTasksPerWorker: BATCHES_IN_FLIGHT,
  });
  const batches: Task[][] = [];
  for (let start = 0; start < tasks.length; start += BATCH_SIZE) batches.push(tasks.slice(start, start + BATCH_SIZE));
  const results: Outcome[][] = new Array(batches.length);
  let next = 0;
  const onWorker = async () => {
    while (next < batches.length) {
      const index = next++;
      results[index] = (await pool.run(batches[index])) as Outcome[];
    }
  };
  const onMainThread = async () => {
    while (next < batches.length) {
      const index = next++;
      results[index] = await lintHere(batches[index]);
      // let the workers' finished batches in, and send them the next ones
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: workers * BATCHES_IN_FLIGHT }, onWorker), onMainThread()]);
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

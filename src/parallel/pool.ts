// The --jobs pool: files linted on worker threads, results returned in input order.
import type { Outcome, Task } from "./worker.js";

// files go to workers in batches: one message per batch instead of per file, and each worker stays busy
const BATCH_SIZE = 16;

export async function runOnPool(tasks: Task[], jobs: number): Promise<Outcome[]> {
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    filename: new URL("./worker.js", import.meta.url).href,
    name: "lintBatch",
    maxThreads: jobs,
    minThreads: jobs,
  });
  try {
    const batches: Task[][] = [];
    for (let start = 0; start < tasks.length; start += BATCH_SIZE) batches.push(tasks.slice(start, start + BATCH_SIZE));
    // results come back in input order whatever order the workers finish in
    const results = await Promise.all(batches.map((batch) => pool.run(batch) as Promise<Outcome[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

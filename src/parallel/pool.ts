// The --jobs pool: files linted on worker threads, results returned in input order.
import type { Outcome, Task } from "./worker.js";

export async function runOnPool(tasks: Task[], jobs: number): Promise<Outcome[]> {
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: new URL("./worker.js", import.meta.url).href, maxThreads: jobs, minThreads: jobs });
  try {
    // results come back in input order whatever order the workers finish in
    return await Promise.all(tasks.map((task) => pool.run(task) as Promise<Outcome>));
  } finally {
    await pool.destroy();
  }
}

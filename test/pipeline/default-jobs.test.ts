// How many threads the command lints on when --jobs is not given.
import { describe, expect, it } from "vitest";
import { defaultJobs } from "../../src/pipeline/options.js";

describe("defaultJobs", () => {
  it("lints on one thread on a machine of two cores or fewer, where a second engine costs more than it saves", () => {
    expect([1, 2].map(defaultJobs)).toEqual([1, 1]);
  });
  it("uses every core from three on", () => {
    expect([3, 4, 16].map(defaultJobs)).toEqual([3, 4, 16]);
  });
});

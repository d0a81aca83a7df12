/**
 * The trial's resampling handed to the worker (jobs/resampling-on-worker.ts), with the worker's
 * side run in this thread: the results the "worker" posts are the ones runResampling gives;
 * a job the worker has not claimed is run by the caller; a job that fails on the worker, or
 * cannot be posted, is run by the caller, whose error is the real one. The compiled CLI's run on
 * a real worker is compared byte for byte with a run on one thread in tests/cli/chart-worker.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  answerResampling,
  type ResamplingMessage,
  resamplingOnWorker,
} from "../../src/jobs/resampling-on-worker.js";
import { defaultTrialPlan } from "../../src/trial/plan.js";
import { type ResamplingJob, resamplingJob, runResampling } from "../../src/trial/sensitivity.js";
import { trialDataFromTable } from "../../src/trial/trial-data.js";
import { inputFromRows, simulatedRows } from "../trial/fixtures.js";

const input = inputFromRows(simulatedRows(3, 200));
const data = trialDataFromTable(input.table);
const rows = Int32Array.from({ length: data.n }, (_, i) => i);
const job: ResamplingJob = resamplingJob(data, "looked_after_12m", rows, {
  ...defaultTrialPlan,
  rerandomisations: 200,
  bootstrapReplicates: 200,
});

describe("resamplingOnWorker", () => {
  it("gives the results the worker posts, the same as running the job here", () => {
    const posted: ResamplingMessage[] = [];
    const start = resamplingOnWorker((message) => {
      posted.push(message);
      answerResampling(message); // the worker, done before the results are asked for
    });
    const results = start(job)();
    expect(posted).toHaveLength(1);
    expect(Atomics.load(posted[0].resample.state, 0)).toBe(2);
    expect(results).toEqual(runResampling(job));
    expect(results.rerandomisation?.replicates).toHaveLength(200);
    expect(results.bootstrap?.replicates).toHaveLength(200);
  });

  it("runs a job the worker has not started here, and the worker then leaves it", () => {
    const posted: ResamplingMessage[] = [];
    const results = resamplingOnWorker((message) => posted.push(message))(job)();
    expect(results).toEqual(runResampling(job));
    expect(Atomics.load(posted[0].resample.state, 0)).toBe(4);
    answerResampling(posted[0]); // too late: claimed by the caller
    expect(Atomics.load(posted[0].resample.state, 0)).toBe(4);
  });

  it("runs here a job that failed on the worker, so that its own error is thrown", () => {
    const bad: ResamplingJob = { ...job, n: job.n.slice(1) };
    const start = resamplingOnWorker((message) => answerResampling(message));
    expect(() => start(bad)()).toThrow(/rerandomisationRiskDifference|clusterBootstrapRiskDifference/);
  });

  it("runs here a job that cannot be posted", () => {
    const start = resamplingOnWorker(() => {
      throw new Error("worker gone");
    });
    expect(start(job)()).toEqual(runResampling(job));
  });
});

// The entry that bench/analysis-cold.bench.ts bundles and runs once per fresh `node` process:
// reads the sample trial file, runs runTrial once with the default plan (as `fgc trial` does, in a
// cold process) and prints one JSON line: the milliseconds of runTrial and the SHA-256 of the
// result's stable JSON, so that a faster build that changes a number is caught.
import { createHash } from "node:crypto";
import { readTrialInput } from "../src/jobs/read-trial-input.js";
import { defaultTrialPlan } from "../src/trial/plan.js";
import { runTrial } from "../src/trial/run.js";
import { stableStringify } from "../src/util/stable-json.js";

const { input } = await readTrialInput(process.argv[2] ?? "data-samples/trial/analysis.csv", "bench");
const t0 = performance.now();
const result = runTrial(input, defaultTrialPlan);
const ms = performance.now() - t0;
const sha256 = createHash("sha256").update(stableStringify(result)).digest("hex");
process.stdout.write(`${JSON.stringify({ ms, sha256 })}\n`);

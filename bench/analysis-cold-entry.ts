// The entry that bench/analysis-cold.bench.ts bundles and runs once per fresh `node` process:
// reads the sample trial file, runs runTrial once with the default plan (as `fgc trial` does, in a
// cold process) and prints one JSON line: the wall milliseconds of runTrial, the process's CPU
// milliseconds meanwhile (all threads: V8 compiles and collects on others) and the SHA-256 of the
// result's stable JSON, so that a faster build that changes a number is caught.
import { createHash } from "node:crypto";
import { readTrialInput } from "../src/jobs/read-trial-input.js";
import { defaultTrialPlan } from "../src/trial/plan.js";
import { runTrial } from "../src/trial/run.js";
import { stableStringify } from "../src/util/stable-json.js";

const { input } = await readTrialInput(process.argv[2] ?? "data-samples/trial/analysis.csv", "bench");
const c0 = process.cpuUsage();
const t0 = performance.now();
const result = runTrial(input, defaultTrialPlan);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const sha256 = createHash("sha256").update(stableStringify(result)).digest("hex");
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ ms, cpuMs, sha256 })}\n`);

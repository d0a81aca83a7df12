/**
 * The main job as a user runs it: `fgc trial` on the bundled 2,537-child sample with the default
 * plan (2,000 bootstrap and 2,000 re-randomisation replicates) and the full report (SVG + PNG
 * charts), timed as a whole process (Node start, module loading, analysis, report and files),
 * side by side with the R script that does the statistics alone (bench/r/trial.R: glm +
 * sandwich + survival + AER + the same 2,000 + 2,000 replicates, no report). The runs alternate
 * (fgc, R, fgc, R, …) so that both see the same load on a shared machine; each figure is a
 * median. Target (issue 13): fgc at least 5× faster than R. Without `Rscript` (or its packages)
 * the comparison is skipped with a message. On Linux the CPU seconds of each process (all its
 * threads) are printed too: on a machine shared with other work, wall times swing with the load
 * while CPU seconds hold steadier. Also the pipeline alone, in-process.
 */
import { execFileSync, type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTrialInput } from "../src/jobs/read-trial-input.js";
import { defaultTrialPlan } from "../src/trial/plan.js";
import { runTrial } from "../src/trial/run.js";
import type { BenchResult, BenchRun } from "./types.js";

const sample = "data-samples/trial/analysis.csv";
const rScript = "bench/r/trial.R";
/** Whole-process runs of fgc, and of R (about 6 s each here). */
const FGC_RUNS = 5;
const R_RUNS = 3;
/** fgc must be at least this many times faster than R. */
const TARGET_RATIO = 5;

export const run: BenchRun = async () => {
  const out = mkdtempSync(join(tmpdir(), "fgc-bench-trial-"));
  const fgcCpu: number[] = [];
  const rCpu: number[] = [];
  const fgc = (args: string[] = [], cpu?: number[]) =>
    timed(
      () =>
        execFileSync(process.execPath, ["bin/fgc.js", "trial", sample, "--out", out, ...args], {
          stdio: "ignore",
        }),
      cpu,
    );
  // The compiled CLI, as `npm ci` leaves it (bin/fgc.js falls back to tsx when src/ is newer).
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "ignore" });
  // Warm the file cache and V8's code cache of the chart worker's Vega (jobs/cached-script.ts,
  // made by a machine's first run), as any later run by a user finds them.
  fgc();
  const r = rAvailable();
  const times: number[] = [];
  const rTimes: number[] = [];
  let rLine = "";
  for (let k = 0; k < Math.max(FGC_RUNS, r.ok ? R_RUNS : 0); k++) {
    if (k < FGC_RUNS) times.push(fgc([], fgcCpu));
    if (r.ok && k < R_RUNS) {
      const run: { res?: SpawnSyncReturns<string> } = {};
      rTimes.push(
        timed(() => (run.res = spawnSync("Rscript", [rScript, sample], { encoding: "utf8" })), rCpu),
      );
      if (run.res?.status !== 0) throw new Error(`Rscript ${rScript} failed:\n${run.res?.stderr}`);
      rLine = run.res.stdout.trim();
    }
  }
  const noPng = [fgc(["--no-png"]), fgc(["--no-png"]), fgc(["--no-png"])];
  const { input } = await readTrialInput(sample, "bench");
  runTrial(input, defaultTrialPlan);
  const t0 = performance.now();
  runTrial(input, defaultTrialPlan);
  const pipeline = (performance.now() - t0) / 1000;

  const fgcMedian = median(times);
  const rows: BenchResult[] = [];
  if (r.ok) {
    const rMedian = median(rTimes);
    const ratio = rMedian / fgcMedian;
    process.stderr.write(`  ${rLine}\n`);
    const caNote = extraCaCertsNote();
    if (caNote) process.stderr.write(`  ${caNote}\n`);
    rows.push({
      name: "fgc trial, whole process with report (SVG + PNG) vs R statistics alone (bench/r/trial.R)",
      seconds: fgcMedian,
      targetSeconds: Number((rMedian / TARGET_RATIO).toFixed(3)),
      detail:
        `${ratio.toFixed(1)}× faster than R (target ≥ ${TARGET_RATIO}×): fgc median of ${FGC_RUNS} ` +
        `${fmt(times)} s; R median of ${R_RUNS} ${rMedian.toFixed(2)} s (${fmt(rTimes)} s)` +
        (fgcCpu.length && rCpu.length
          ? `; CPU seconds fgc ${median(fgcCpu).toFixed(2)}, R ${median(rCpu).toFixed(2)} (${(median(rCpu) / median(fgcCpu)).toFixed(1)}×)`
          : ""),
    });
  } else {
    process.stderr.write(`  R comparison skipped: ${r.why}\n`);
    rows.push({
      name: "fgc trial, whole process with report (SVG + PNG), 2,537 children",
      seconds: fgcMedian,
      detail: `median of ${FGC_RUNS} (${fmt(times)} s); R comparison skipped: ${r.why}`,
    });
  }
  rows.push(
    {
      name: "fgc trial --no-png, whole process",
      seconds: median(noPng),
      detail: `median of 3 (${fmt(noPng)} s)`,
    },
    { name: "runTrial in-process (all estimates, 2,000 + 2,000 replicates)", seconds: pipeline },
  );
  return rows;
};

/**
 * Node reads and parses the certificates of NODE_EXTRA_CA_CERTS as it starts, in every process:
 * when it is set (this project's sandbox sets it for its proxy), what that costs Node alone here,
 * with and without it (5 alternating starts each). fgc's runs above include it, as a user's
 * would; R's have nothing like it. Null when it is not set.
 */
function extraCaCertsNote(): string | null {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return null;
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  const withIt: number[] = [];
  const without: number[] = [];
  for (let k = 0; k < 5; k++) {
    withIt.push(timed(() => execFileSync(process.execPath, ["-e", ""])));
    without.push(timed(() => execFileSync(process.execPath, ["-e", ""], { env })));
  }
  return (
    `note: NODE_EXTRA_CA_CERTS is set, so Node parses those certificates at every start, fgc's included: ` +
    `\`node -e ""\` takes ${median(withIt).toFixed(3)} s with it, ${median(without).toFixed(3)} s without`
  );
}

/** Whether Rscript and the script's packages are there, and why not. */
function rAvailable(): { ok: true } | { ok: false; why: string } {
  const probe = spawnSync(
    "Rscript",
    [
      "-e",
      'for (p in c("sandwich", "lmtest", "survival", "AER")) if (!requireNamespace(p, quietly = TRUE)) stop(p)',
    ],
    { encoding: "utf8" },
  );
  if (probe.error) return { ok: false, why: "Rscript not found (apt-get install r-base-core)" };
  if (probe.status !== 0)
    return {
      ok: false,
      why: `an R package is missing (apt-get install r-cran-sandwich r-cran-lmtest r-cran-survival r-cran-aer): ${probe.stderr.trim().split("\n").pop()}`,
    };
  return { ok: true };
}

/** Wall seconds of `f`; with `cpu`, also pushes the CPU seconds of the child processes it ran (Linux). */
function timed(f: () => void, cpu?: number[]): number {
  const c0 = childCpuSeconds();
  const t0 = performance.now();
  f();
  const wall = (performance.now() - t0) / 1000;
  const c1 = childCpuSeconds();
  if (cpu && c0 !== null && c1 !== null) cpu.push(c1 - c0);
  return wall;
}

/**
 * User + system CPU seconds of this process's finished children (cutime + cstime of
 * /proc/self/stat, in Linux's fixed 100 ticks a second); null elsewhere.
 */
function childCpuSeconds(): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
  if (fields.length < 15) return null;
  // After "pid (comm) ", field 3 (state) is index 0, so cutime (16) and cstime (17) are 13, 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmt(xs: number[]): string {
  return xs.map((x) => x.toFixed(2)).join(", ");
}

/**
 * runTrial as `fgc trial` runs it: once, in a fresh `node` process (cold: no JIT warm-up), on the
 * bundled 2,537-child sample with the default plan (2,000 re-randomisations and 2,000 bootstrap
 * replicates). bench/analysis-cold-entry.ts is bundled with esbuild (as scripts/build.mjs bundles
 * the CLI) and run COLD_RUNS times for the median wall time of runTrial alone (reading excluded),
 * then PROFILE_RUNS times under `--cpu-prof` (250 µs interval) for the time of each step of
 * trial/run.ts (inclusive CPU ms of its function, median over the profiled runs; garbage
 * collection during runTrial on its own line) and the functions with the most self time. Every
 * run must give the same SHA-256 of the result's JSON.
 *   npm run bench -- analysis-cold
 *   FGC_COLD_RUNS=11 npx tsx bench/analysis-cold.bench.ts   (run alone, it prints its rows)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { BenchRun } from "./types.js";

const sample = "data-samples/trial/analysis.csv";
const COLD_RUNS = Number(process.env.FGC_COLD_RUNS ?? 9);
const PROFILE_RUNS = Number(process.env.FGC_PROFILE_RUNS ?? 5);
/** Target of issue 13 §3 for runTrial in a cold process. */
const TARGET_SECONDS = 0.2;
/** The steps of trial/run.ts, by the function each calls. */
const PHASES = [
  "trialDataFromTable",
  "trialPopulation",
  "consortFlow",
  "baselineTable",
  "unadjustedBinary",
  "adjustedBinary",
  "adjustedMean",
  "unadjustedMean",
  "analyseTimeToCare",
  "complierEffect",
  "subgroupAnalysis",
  "sensitivityAnalyses",
  "adjustSecondary",
  "clusteringSummary",
  "recruitmentPeriod",
  "smallDataCautions",
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const run: BenchRun = async () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-analysis-cold-"));
  const entry = join(dir, "entry.mjs");
  await build({
    // FGC_COLD_ROOT: another checkout (with this entry in its bench/) to time it the same way.
    entryPoints: [
      process.env.FGC_COLD_ROOT
        ? join(process.env.FGC_COLD_ROOT, "bench", "analysis-cold-entry.ts")
        : fileURLToPath(new URL("./analysis-cold-entry.ts", import.meta.url)),
    ],
    outfile: entry,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    // CommonJS dependencies inside an ESM bundle call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const once = (args: string[] = []): { ms: number; cpuMs: number; sha256: string } =>
    JSON.parse(execFileSync(process.execPath, [...args, entry, sample], { encoding: "utf8" }));
  once(); // warm the file cache
  const times: number[] = [];
  const cpus: number[] = [];
  const hashes = new Set<string>();
  for (let k = 0; k < COLD_RUNS; k++) {
    const r = once();
    times.push(r.ms);
    cpus.push(r.cpuMs);
    hashes.add(r.sha256);
  }
  const phaseMs = new Map<string, number[]>();
  const selfMs = new Map<string, number[]>();
  for (let k = 0; k < PROFILE_RUNS; k++) {
    const profDir = join(dir, `prof-${k}`);
    const r = once(["--cpu-prof", "--cpu-prof-interval", "250", "--cpu-prof-dir", profDir]);
    hashes.add(r.sha256);
    const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error(`no CPU profile in ${profDir}`);
    const { phases, self } = summarise(JSON.parse(readFileSync(join(profDir, file), "utf8")));
    for (const [name, ms] of phases) push(phaseMs, name, ms);
    for (const [name, ms] of self) push(selfMs, name, ms);
  }
  rmSync(dir, { recursive: true, force: true });
  if (hashes.size !== 1) throw new Error(`runs gave ${hashes.size} different results`);

  const ms = (xs: number[]) => `${Math.round(median(xs))}`;
  const phaseLine = [...phaseMs]
    .filter(([, xs]) => median(xs) >= 0.5)
    .map(([name, xs]) => `${name} ${ms(xs)}`)
    .join(", ");
  const topSelf = [...selfMs]
    .map(([name, xs]) => [name, median(xs.concat(Array(PROFILE_RUNS - xs.length).fill(0)))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, v]) => `${name} ${Math.round(v)}`)
    .join(", ");
  return [
    {
      name: "runTrial, one run in a fresh process (cold), default plan, 2,537 children",
      seconds: median(times) / 1000,
      targetSeconds: TARGET_SECONDS,
      detail: `median of ${COLD_RUNS} (${times.map((t) => Math.round(t)).join(", ")} ms); CPU ms of the process meanwhile (all threads) median ${Math.round(median(cpus))}; result sha256 ${[...hashes][0].slice(0, 12)}`,
    },
    {
      name: `runTrial steps, CPU ms under --cpu-prof (median of ${PROFILE_RUNS}, inclusive)`,
      seconds: median([...(phaseMs.get("runTrial") ?? [0])]) / 1000,
      detail: phaseLine,
    },
    { name: "runTrial, most self time (CPU ms)", seconds: 0, detail: topSelf },
  ];
};

/**
 * Inclusive ms of each step of runTrial (a sample counts once for each step on its stack), GC
 * between runTrial's first and last sample, and self ms per function during runTrial.
 */
function summarise(p: CpuProfile): { phases: Map<string, number>; self: Map<string, number> } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of p.nodes) {
    byId.set(node.id, node);
    for (const c of node.children ?? []) parent.set(c, node.id);
  }
  // esbuild renames a function whose name clashes in the bundle (runTrial2): strip the digits.
  const nameOf = (node: ProfileNode) => node.callFrame.functionName.replace(/\d+$/, "") || "(anonymous)";
  const wanted = new Set(["runTrial", ...PHASES]);
  const stackNames = (id: number): Set<string> => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) names.add(nameOf(node));
    }
    return names;
  };
  const inRun = p.samples.map((id) => stackNames(id).has("runTrial"));
  const first = inRun.indexOf(true);
  const last = inRun.lastIndexOf(true);
  const phases = new Map<string, number>([
    ["runTrial", 0],
    ...PHASES.map((n) => [n, 0] as [string, number]),
    ["(garbage collector)", 0],
  ]);
  const self = new Map<string, number>();
  for (let s = first; s >= 0 && s <= last; s++) {
    const ms = (p.timeDeltas[s + 1] ?? 0) / 1000;
    const node = byId.get(p.samples[s]);
    if (!node) continue;
    const own = nameOf(node);
    if (own === "(garbage collector)") {
      phases.set(own, (phases.get(own) ?? 0) + ms);
      continue;
    }
    if (!inRun[s]) continue;
    for (const name of stackNames(node.id))
      if (wanted.has(name)) phases.set(name, (phases.get(name) ?? 0) + ms);
    const key = own;
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  return { phases, self };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const xs = map.get(key);
  if (xs) xs.push(value);
  else map.set(key, [value]);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Run directly (npx tsx bench/analysis-cold.bench.ts): print the rows.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await run()) console.log(`${r.name}: ${r.seconds.toFixed(3)} s — ${r.detail ?? ""}`);
}

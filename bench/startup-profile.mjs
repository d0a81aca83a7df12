// Where `fgc trial` spends its time before the command starts: runs
// `node --cpu-prof bin/fgc.js trial <input> --out <tmp>` (or reads the .cpuprofile files given)
// and sums the main thread's samples before trialCommand's first one, by function (self time)
// and by script. Issue 13 §3, startup slice.
//   node bench/startup-profile.mjs                  profile one run of the sample trial
//   node bench/startup-profile.mjs --runs 5         five runs, medians of the totals
//   node bench/startup-profile.mjs --runs 5 --against ../other-tree
//                                                  alternate runs with another tree's bin/fgc.js
//   node bench/startup-profile.mjs --cpu --runs 9 [--against DIR]
//                                                  no profiler: CPU time (all threads) and wall
//                                                  time from process start to trialCommand
//   node bench/startup-profile.mjs a.cpuprofile     summarise profiles already taken
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
const marker = "trialCommand";
const againstAt = args.indexOf("--against");
const against = againstAt >= 0 ? args[againstAt + 1] : undefined;
const given = args.filter((a) => a.endsWith(".cpuprofile"));
if (args.includes("--cpu")) {
  const trees = against === undefined ? { this: root } : { this: root, other: against };
  const times = Object.fromEntries(Object.keys(trees).map((name) => [name, { cpu: [], wall: [] }]));
  for (let i = 0; i < runs; i++)
    for (const [name, tree] of Object.entries(trees)) {
      const { cpuMs, wallMs } = stopAtCommand(tree);
      times[name].cpu.push(cpuMs);
      times[name].wall.push(wallMs);
    }
  for (const [name, { cpu, wall }] of Object.entries(times))
    console.log(
      `${name}: to ${marker}, median of ${runs}: CPU ${median(cpu).toFixed(1)} ms (least ${Math.min(...cpu).toFixed(1)}), ` +
        `wall ${median(wall).toFixed(1)} ms (least ${Math.min(...wall).toFixed(1)})`,
    );
  process.exit(0);
}
if (against !== undefined) {
  const times = { this: [], other: [] };
  for (let i = 0; i < runs; i++) {
    times.this.push(summarise(take(1, root)[0]).busy / 1000);
    times.other.push(summarise(take(1, against)[0]).busy / 1000);
  }
  for (const [name, xs] of Object.entries(times))
    console.log(
      `${name}: busy before ${marker}, median of ${runs}: ${median(xs).toFixed(1)} ms, ` +
        `least ${Math.min(...xs).toFixed(1)} ms (${xs.map((x) => x.toFixed(0)).join(", ")})`,
    );
  process.exit(0);
}
const profiles = given.length > 0 ? given.map((f) => JSON.parse(readFileSync(f, "utf8"))) : take(runs, root);

const summaries = profiles.map(summarise);
for (const [i, s] of summaries.entries()) {
  if (i === summaries.length - 1) {
    console.log("self time before the command, by function (ms):");
    for (const [name, us] of top(s.byFunction, 25))
      console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
    console.log("by module initialisation in the bundle (its top-level code and what it calls, ms):");
    for (const [name, us] of top(s.byModuleInit, 20))
      console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
    console.log("by script (ms):");
    for (const [name, us] of top(s.byScript, 15))
      console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
  }
  console.log(
    `run ${i + 1}: to ${marker} ${(s.elapsed / 1000).toFixed(1)} ms after the profile started, ` +
      `busy ${(s.busy / 1000).toFixed(1)} ms, idle ${(s.idle / 1000).toFixed(1)} ms`,
  );
}
if (summaries.length > 1) {
  console.log(
    `median of ${summaries.length}: to ${marker} ${median(summaries.map((s) => s.elapsed / 1000)).toFixed(1)} ms, ` +
      `busy ${median(summaries.map((s) => s.busy / 1000)).toFixed(1)} ms`,
  );
}

function stopAtCommand(tree) {
  const dir = mkdtempSync(join(tmpdir(), "fgc-startup-profile-"));
  try {
    const result = spawnSync(
      process.execPath,
      [
        "--require",
        join(root, "bench", "startup-stop-at-command.cjs"),
        join(tree, "bin", "fgc.js"),
        "trial",
        join(root, "data-samples", "trial", "analysis.csv"),
        "--out",
        join(dir, "out"),
      ],
      { encoding: "utf8" },
    );
    return JSON.parse(result.stderr.trim().split("\n").at(-1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function take(n, tree) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const dir = mkdtempSync(join(tmpdir(), "fgc-startup-profile-"));
    try {
      execFileSync(
        process.execPath,
        [
          "--cpu-prof",
          "--cpu-prof-interval",
          "250",
          "--cpu-prof-dir",
          join(dir, "prof"),
          join(tree, "bin", "fgc.js"),
          "trial",
          join(root, "data-samples", "trial", "analysis.csv"),
          "--out",
          join(dir, "out"),
        ],
        { stdio: "ignore" },
      );
      // The main thread's profile is the one whose samples reach the marker (workers write theirs too).
      const candidates = readdirSync(join(dir, "prof")).map((f) =>
        JSON.parse(readFileSync(join(dir, "prof", f), "utf8")),
      );
      const main = candidates.find((p) => p.nodes.some((node) => node.callFrame.functionName === marker));
      if (main === undefined) throw new Error(`no profile reaches ${marker}`);
      out.push(main);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

function summarise(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const reaches = new Map();
  const underMarker = (id) => {
    if (reaches.has(id)) return reaches.get(id);
    const node = byId.get(id);
    const value =
      node.callFrame.functionName === marker || (parent.has(id) ? underMarker(parent.get(id)) : false);
    reaches.set(id, value);
    return value;
  };
  const byFunction = new Map();
  const byScript = new Map();
  // esbuild names a bundled module's initialiser for its path: the innermost on the stack.
  const moduleInit = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (/^(src\/|(\.\.\/)*[\w-]*\/?node_modules\/)/.test(name)) return name;
    }
    return undefined;
  };
  const byModuleInit = new Map();
  let elapsed = 0;
  let busy = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    // timeDeltas[i] is the time since the previous sample: the time sample i stands for.
    const dt = profile.timeDeltas[i] ?? 0;
    if (underMarker(id)) break;
    elapsed += dt;
    const frame = byId.get(id).callFrame;
    if (frame.functionName === "(idle)") {
      idle += dt;
      continue;
    }
    busy += dt;
    const script = frame.url ? frame.url.replace(/^.*\/(node_modules|dist|src|bin)\//, "$1/") : "(native)";
    const name = `${frame.functionName || "(anonymous)"} ${script}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
    byScript.set(script, (byScript.get(script) ?? 0) + dt);
    const init = moduleInit(id);
    if (init !== undefined) byModuleInit.set(init, (byModuleInit.get(init) ?? 0) + dt);
  }
  return { elapsed, busy, idle, byFunction, byScript, byModuleInit };
}

function top(map, n) {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

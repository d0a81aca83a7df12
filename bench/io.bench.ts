/**
 * Load and validate 1,000,000 SSDA903 episode rows from CSV (issue 2's bench): target under 5 s
 * wall and under 2 GB peak memory on a 2-core machine.
 *
 * The rows are generated (seeded) into a temporary CSV with UK dates and valid codes from the
 * real episodes spec, each child a chain of episodes joined by X1, so every cross-row rule runs
 * in full. The load runs in a child process (this file, with FGC_IO_BENCH_CHILD set) so that its
 * peak memory is its own: the child reports VmHWM from /proc/self/status (Linux), or the largest
 * RSS it sampled elsewhere. Time covers read + validate + Arquero conversion, not start-up.
 */
import { execFile } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readTable } from "../src/io/node/read-table.js";
import { tableSpecs } from "../src/schema/catalog.js";
import { formatDayUk, parseDay } from "../src/util/dates.js";
import { createRng } from "../src/util/rng.js";
import type { BenchResult, BenchRun } from "./types.js";

const rows = 1_000_000;
const header =
  "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

interface ChildReport {
  seconds: number;
  /** CPU seconds (all threads, GC included): the figure to compare when the machine is busy. */
  cpuSeconds: number;
  peakMB: number;
  read: number;
  accepted: number;
  rejected: number;
  issues: number;
}

export const run: BenchRun = async () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-io-bench-"));
  const path = join(dir, "episodes.csv");
  try {
    await writeEpisodes(path, rows);
    const exec = promisify(execFile);
    const { stdout } = await exec(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), path],
      {
        env: { ...process.env, FGC_IO_BENCH_CHILD: "1" },
        maxBuffer: 1 << 20,
      },
    );
    const r = JSON.parse(stdout.trim().split("\n").pop() as string) as ChildReport;
    const result: BenchResult = {
      name: "io: read + validate 1,000,000 SSDA903 episodes (CSV)",
      seconds: r.seconds,
      targetSeconds: 5,
      peakMB: r.peakMB,
      targetMB: 2048,
      detail: `${r.cpuSeconds.toFixed(2)} s CPU; ${r.read.toLocaleString("en-GB")} read, ${r.accepted.toLocaleString("en-GB")} accepted, ${r.rejected} rejected, ${r.issues} issues`,
    };
    return [result];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Write `n` episode rows: children with 1–6 episodes chained by X1, the last open or ended E11. */
async function writeEpisodes(path: string, n: number): Promise<void> {
  const rng = createRng(20260401);
  const codes = (name: string) =>
    Object.keys(tableSpecs.episodes.columns.find((c) => c.name === name)?.codes?.codes ?? {});
  const ls = codes("LS").filter((c) => c !== "V3" && c !== "V4");
  const cin = codes("CIN");
  const place = codes("PLACE");
  const provider = codes("PLACE_PROVIDER");
  const reason = codes("REASON_PLACE_CHANGE");
  const pick = (list: string[]) => list[rng.int(list.length)];
  const first = parseDay("2015-04-01") as number;
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let written = 0;
  let child = 100000;
  let buffer = "";
  while (written < n) {
    child++;
    const episodes = Math.min(1 + rng.int(6), n - written);
    let start = first + rng.int(2400);
    for (let k = 0; k < episodes; k++) {
      const last = k === episodes - 1;
      const end = start + 1 + rng.int(200);
      const open = last && rng.int(3) === 0;
      const rne = k === 0 ? "S" : "P";
      const rec = open ? "" : last ? "E11" : "X1";
      const change = k === 0 ? "" : pick(reason);
      buffer += `${child},${formatDayUk(start)},${rne},${pick(ls)},${pick(cin)},${pick(place)},${pick(provider)},${open ? "" : formatDayUk(end)},${rec},${change},AB1 2,CD3 4,SC${100000 + rng.int(900000)}\n`;
      start = end;
      written++;
    }
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      buffer = "";
    }
  }
  await new Promise<void>((resolve, reject) => {
    out.on("error", reject);
    out.end(buffer, () => resolve());
  });
}

/** In the child: load the file, report time and peak memory as one JSON line. */
async function child(path: string): Promise<void> {
  let sampled = process.memoryUsage().rss;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await readTable(path, { schema: "episodes", extractDay: parseDay("2025-03-31") as number });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  sampled = Math.max(sampled, process.memoryUsage().rss);
  let peakMB = sampled / 2 ** 20;
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) peakMB = Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: keep the sampled figure.
  }
  const { read, accepted, rejected } = result.accounting;
  const report: ChildReport = {
    seconds,
    cpuSeconds,
    peakMB,
    read,
    accepted,
    rejected,
    issues: result.issues.length,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (process.env.FGC_IO_BENCH_CHILD === "1" && process.argv[2]) await child(process.argv[2]);

/**
 * `fgc return` at England's yearly volume (issue 8): a CIN census XML of 400,000 children (about
 * 500 MB) and SSDA903 files of 250,000 episodes (one year as CSV tables, one as XML), read,
 * linked and returned. Targets: 20 s wall and 1.5 GB peak resident memory. The files are written
 * to a temporary folder first; the timed run happens in a child process, so its peak RSS is the
 * pipeline's own (`process.resourceUsage().maxRSS`), not the generator's.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readReturnsFolder } from "../src/io/node/read-returns-folder.js";
import { runReturn } from "../src/returns/run.js";
import { simulateReturnChildren } from "../src/returns/simulate-return-children.js";
import {
  CIN_CENSUS_XML_TAIL,
  cinCensusXmlHead,
  cinChildXml,
  episodesOfYear,
  type SyntheticEpisode,
  ssda903EpisodesCsv,
  ssda903Xml,
} from "../src/returns/synthetic-returns.js";
import { parseDay } from "../src/util/dates.js";
import { createRng } from "../src/util/rng.js";
import type { BenchResult, BenchRun } from "./types.js";

const CHILDREN = Number(process.env.FGC_BENCH_CIN_CHILDREN ?? 400_000);
const EPISODES = 250_000;
const day = (iso: string) => parseDay(iso, ["iso"]) as number;
const REF_A = day("2024-03-31");
const REF_B = day("2025-03-31");

export const run: BenchRun = async () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-bench-returns-"));
  try {
    const t0 = performance.now();
    const { cinBytes, episodes } = await writeFiles(dir);
    const generated = (performance.now() - t0) / 1000;
    const worker = spawnSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--returns-worker", dir],
      {
        encoding: "utf8",
        maxBuffer: 1 << 24,
      },
    );
    if (worker.status !== 0) throw new Error(`bench worker failed: ${worker.stderr}`);
    const figures = JSON.parse(worker.stdout.trim().split("\n").pop() as string) as {
      seconds: number;
      peakMB: number;
      population: number;
      rows: number;
    };
    const result: BenchResult = {
      name: `fgc return: CIN census ${CHILDREN.toLocaleString("en-GB")} children (${Math.round(cinBytes / 1e6)} MB) + 903 ${episodes.toLocaleString("en-GB")} episodes, read + link + return`,
      seconds: figures.seconds,
      targetSeconds: 20,
      peakMB: figures.peakMB,
      targetMB: 1536,
      detail: `population ${figures.population.toLocaleString("en-GB")}, ${figures.rows} rows; files generated in ${generated.toFixed(1)} s (not timed)`,
    };
    return [result];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

async function writeFiles(dir: string): Promise<{ cinBytes: number; episodes: number }> {
  const rng = createRng(20250331);
  const sim = simulateReturnChildren(rng, {
    children: CHILDREN,
    firstDay: day("2023-04-01"),
    lastDay: day("2025-03-15"),
    referenceDays: [REF_B],
  });
  // About one child in eight in a census year has a letter before proceedings; the rest carry none.
  for (const c of sim.children) if (rng.next() < 0.875) c.blocks = [];
  const cinPath = join(dir, "cin-census-2024-25.xml");
  const out = createWriteStream(cinPath);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await write(cinCensusXmlHead("999", REF_B));
  let batch: string[] = [];
  for (const c of sim.children) {
    c.censuses = [REF_B];
    batch.push(cinChildXml(c, REF_B));
    if (batch.length === 2000) {
      await write(batch.join(""));
      batch = [];
    }
  }
  await write(batch.join("") + CIN_CENSUS_XML_TAIL);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  // 903: the simulated episodes, topped up with children looked after outside the census, to 250,000.
  const episodes: SyntheticEpisode[] = sim.episodes.slice(0, EPISODES);
  for (let k = 0; episodes.length < EPISODES; k++) {
    const start = day("2022-04-01") + rng.int(1000);
    const id = `L${k}`;
    episodes.push({
      CHILD: id,
      DECOM: start,
      DEC: start + 200,
      RNE: "S",
      LS: "C2",
      CIN: "N1",
      PLACE: "U4",
      REC: "X1",
    });
    if (episodes.length < EPISODES)
      episodes.push({
        CHILD: id,
        DECOM: start + 200,
        DEC: null,
        RNE: "P",
        LS: "C2",
        CIN: "N1",
        PLACE: "U1",
        REC: null,
      });
  }
  writeFileSync(
    join(dir, "ssda903-2023-24-episodes.csv"),
    ssda903EpisodesCsv(episodesOfYear(episodes, REF_A)),
  );
  writeFileSync(
    join(dir, "ssda903-2024-25.xml"),
    ssda903Xml(sim.children, episodesOfYear(episodes, REF_B), REF_B),
  );
  return { cinBytes: statSync(cinPath).size, episodes: episodes.length };
}

async function worker(dir: string): Promise<void> {
  const t0 = performance.now();
  const folder = await readReturnsFolder(dir);
  const result = runReturn(folder, { period: "2023-24", linkKey: randomBytes(32) });
  const seconds = (performance.now() - t0) / 1000;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ seconds, peakMB, population: result.summary.population, rows: result.rows.length }),
  );
}

if (process.argv[2] === "--returns-worker") await worker(process.argv[3]);

/**
 * Link and derive at national scale (issue 4): 1,000,000 children in ~600,000 families with
 * 3,000,000 SSDA903 episodes, 300,000 court applications and FGC records, generated with a seeded
 * Mersenne Twister. Times pseudonymise + link (linkRecords) + derive (buildAnalysisTable); data
 * generation is not timed. Peak RSS is the process high-water mark (generation included). Run twice:
 * with episodes listed child by child, as SSDA903 extracts are, then regenerated in random order.
 */
import { performance } from "node:perf_hooks";
import type {
  AllocationRecord,
  ChildRecord,
  CourtApplicationRecord,
  EpisodeRecord,
  FgcConferenceRecord,
  IndexEventRecord,
  LinkInputs,
} from "../src/link/link-inputs.js";
import { linkRecords } from "../src/link/link-records.js";
import { createPseudonymiser } from "../src/link/pseudonymise.js";
import { buildAnalysisTable } from "../src/outcomes/build-analysis-table.js";
import { createRng } from "../src/util/rng.js";
import type { BenchResult, BenchRun } from "./types.js";

const CHILDREN = 1_000_000;
const EPISODES = 3_000_000;
const EXTRACT = 19_723; // 2024-01-01
const LS = ["C1", "C2", "V2", "E1", "V3", "V4", "L1", "J1"];
const PLACE = ["U1", "U3", "U4", "U6", "K2", "R1", "P1", "A3"];

export const run: BenchRun = async () => {
  const inputs = generate(20240101);
  const results: BenchResult[] = [];

  const ids = inputs.indexEvents.map((e) => e.childId);
  const p = createPseudonymiser("bench-key", { domain: "child" });
  const t = performance.now();
  let sink = 0;
  for (const id of ids) sink += p(id).length;
  const hashSeconds = (performance.now() - t) / 1000;
  results.push({
    name: "link: pseudonymise 1M child ids (HMAC-SHA-256)",
    seconds: hashSeconds,
    detail: `${Math.round(ids.length / hashSeconds / 1000)}k ids/s (${sink / ids.length} hex digits each)`,
  });

  // SSDA903 extracts list episodes child by child; the second run shuffles them (worst case).
  results.push(timeLinkAndDerive(inputs, "episodes in child order"));
  inputs.episodes = [];
  inputs.episodes = generateEpisodes(
    createRng(7),
    inputs.indexEvents,
    [...new Set(inputs.allocation.map((a) => a.laCode!))],
    false,
  );
  results.push(timeLinkAndDerive(inputs, "episodes in random order"));
  return results;
};

function timeLinkAndDerive(inputs: LinkInputs, label: string): BenchResult {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const linked = linkRecords(inputs, { key: "bench-key" });
  const linkSeconds = (performance.now() - t) / 1000;
  const t2 = performance.now();
  const { table, accounting } = buildAnalysisTable(linked, { extractDay: EXTRACT });
  const deriveSeconds = (performance.now() - t2) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    name: `link: pseudonymise + link + derive, 1M children / 3M episodes, ${label}`,
    seconds: linkSeconds + deriveSeconds,
    targetSeconds: 10,
    peakMB: process.resourceUsage().maxRSS / 1024,
    targetMB: 3000,
    detail:
      `link ${linkSeconds.toFixed(2)} s, derive ${deriveSeconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s); ` +
      `${table.length} rows, ${accounting.censored} censored, ${linked.report.disagreementCounts.laCode} LA disagreements`,
  };
}

/** A fictional national extract: families of 1–3 children, episodes clustered after the index date. */
function generate(seed: number): LinkInputs {
  const rng = createRng(seed);
  const indexEvents: IndexEventRecord[] = [];
  const children: ChildRecord[] = [];
  const allocation: AllocationRecord[] = [];
  const fgc: FgcConferenceRecord[] = [];
  const court: CourtApplicationRecord[] = [];
  const la = Array.from({ length: 153 }, (_, i) => `E${String(6_000_001 + i).padStart(8, "0")}`);
  let family = 0;
  for (let c = 0; c < CHILDREN; ) {
    const size = 1 + rng.int(3);
    const familyId = `F${family++}`;
    const laCode = la[rng.int(la.length)];
    const indexDay = 18_000 + rng.int(1_600);
    const arm = rng.next() < 0.5 ? "fgc" : "control";
    allocation.push({ familyId, laCode, arm });
    if (arm === "fgc" || rng.next() < 0.1) {
      fgc.push({
        familyId,
        childId: null,
        laCode,
        held: rng.next() < 0.7,
        conferenceDay: indexDay + rng.int(60),
      });
    }
    for (let k = 0; k < size && c < CHILDREN; k++, c++) {
      const childId = `C${c}`;
      indexEvents.push({ childId, familyId, laCode, indexDay });
      children.push({
        childId: `C${c}`,
        laCode,
        birthDay: rng.next() < 0.02 ? null : indexDay - rng.int(6_500),
        sex: rng.next() < 0.5 ? "M" : "F",
        ethnicity: "WHITE",
        disability: rng.next() < 0.1,
      });
      if (rng.next() < 0.3)
        court.push({
          childId: `C${c}`,
          laCode,
          issueDay: indexDay - 60 + rng.int(600),
          applicationType: "C110A",
        });
    }
  }
  const episodes = generateEpisodes(rng, indexEvents, la, true);
  return { indexEvents, children, allocation, fgc, episodes, court };
}

/**
 * 3M episodes of random children, listed child by child (`byChild`) as SSDA903 extracts are, or
 * in random order; objects are allocated in listing order, as a file reader would.
 */
function generateEpisodes(
  rng: ReturnType<typeof createRng>,
  indexEvents: readonly IndexEventRecord[],
  la: readonly string[],
  byChild: boolean,
): EpisodeRecord[] {
  const owner = new Int32Array(EPISODES);
  for (let e = 0; e < EPISODES; e++) owner[e] = rng.int(CHILDREN);
  if (byChild) owner.sort();
  const episodes: EpisodeRecord[] = [];
  for (let e = 0; e < EPISODES; e++) {
    const c = owner[e];
    const DECOM = (indexEvents[c].indexDay ?? 0) - 200 + rng.int(900);
    const DEC = rng.next() < 0.3 ? null : DECOM + rng.int(400);
    episodes.push({
      childId: `C${c}`,
      laCode: rng.next() < 0.01 ? la[rng.int(la.length)] : indexEvents[c].laCode,
      DECOM,
      DEC,
      RNE: "S",
      LS: LS[rng.int(LS.length)],
      PLACE: PLACE[rng.int(PLACE.length)],
      REC: DEC === null ? null : rng.next() < 0.3 ? "X1" : "E4A",
    });
  }
  return episodes;
}

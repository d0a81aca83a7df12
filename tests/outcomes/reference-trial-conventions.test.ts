/**
 * The reference trial file (../shared/reference/trial/trial_public.csv) was derived with some
 * window convention; this checks that ours — (0, W], DECOM ≤ d < DEC, censoring at the extract —
 * reproduces its outcome columns wherever a row determines the timeline: a child still in care
 * on day W (open episode from the entry day: days = 366 − time), a child who entered and left
 * (episode of days_in_care_12m days), a child whose first entry is after the window, and a
 * censored child (no episode, extract = index + time).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CareEpisode } from "../../src/outcomes/care-episode.js";
import { deriveOutcomes } from "../../src/outcomes/derive-outcomes.js";
import { parseDay } from "../../src/util/dates.js";

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.env.FGC_REFERENCE_DIR ?? join(here, "../../../shared/reference"));
const file = join(dir, "trial", "trial_public.csv");

function readRows(): Record<string, string>[] {
  const [head, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const names = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [names[i], v])));
}

describe.skipIf(!existsSync(file))("outcome conventions against the reference trial file", () => {
  it("reproduces looked_after, entered_care, days_in_care, time_to_care and care_event", () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const row of readRows()) {
      const indexDay = parseDay(row.index_date)!;
      const t = Number(row.time_to_care_days);
      const event = Number(row.care_event);
      const entered = Number(row.entered_care_12m);
      const looked = Number(row.looked_after_12m);
      const days = Number(row.days_in_care_12m);
      // Two kinds of row fit no episode timeline, whatever the convention, and are skipped: an entry
      // within 365 days with entered_care_12m 0; and entered but not looked after on day 365 while
      // days_in_care_12m = 366 − time (in care every day from entry to day 365). The file is
      // synthetic analysis input; these are noted in the issue 4 report.
      if (event === 1 && t <= 365 && entered === 0) continue;
      if (entered === 1 && looked === 0 && days === 366 - t) continue;
      let episodes: CareEpisode[] = [];
      let extractDay = indexDay + 1000;
      if (event === 0) extractDay = indexDay + t;
      else if (looked === 1) episodes = [episode(indexDay + t, null)];
      else if (entered === 1)
        episodes = [episode(indexDay + t, indexDay + t + days)]; // left before day 365
      else episodes = [episode(indexDay + t, null)]; // first entry after the window
      const o = deriveOutcomes({ childId: "C", indexDay }, episodes, [], extractDay);
      checked++;
      if (
        o.lookedAfter !== looked ||
        o.enteredCare !== entered ||
        o.daysInCare !== days ||
        o.timeToCareDays !== t ||
        o.careEvent !== event
      ) {
        mismatches.push(`${row.child_id}: ${JSON.stringify(o)}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(mismatches).toEqual([]);
  });
});

function episode(DECOM: number, DEC: number | null): CareEpisode {
  return { childId: "C", DECOM, DEC, RNE: "S", LS: "C2", PLACE: "U4", REC: null };
}

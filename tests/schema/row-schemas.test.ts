import { describe, expect, it } from "vitest";
import { tableSpecs } from "../../src/schema/catalog.js";
import { type Episode, episodeSchema } from "../../src/schema/tables/episodes.js";
import { laReturnRowSchema } from "../../src/schema/tables/la-return.js";
import { trialAnalysisRowSchema } from "../../src/schema/tables/trial-analysis.js";
import { dayFromParts } from "../../src/util/dates.js";

const episode: Episode = {
  CHILD: "100001",
  DECOM: dayFromParts(2023, 5, 1)!,
  RNE: "S",
  LS: "C1",
  CIN: "N1",
  PLACE: "U3",
  PLACE_PROVIDER: "PR1",
  DEC: null,
  REC: null,
};

describe("zod row schemas", () => {
  it("episodeSchema accepts a parsed episode and rejects bad ones", () => {
    expect(episodeSchema.parse(episode)).toEqual(episode);
    expect(episodeSchema.safeParse({ ...episode, PLACE: "U9" }).success).toBe(false);
    expect(episodeSchema.safeParse({ ...episode, DECOM: "01/05/2023" }).success).toBe(false); // dates are day numbers
    expect(episodeSchema.safeParse({ ...episode, DECOM: null }).success).toBe(false); // DECOM may not be blank
    expect(episodeSchema.safeParse({ ...episode, EXTRA: 1 }).success).toBe(false); // unknown keys rejected
    const { DEC: _dec, ...withoutDec } = episode;
    expect(episodeSchema.safeParse(withoutDec).success).toBe(false); // DEC is a required column
  });

  it("trialAnalysisRowSchema accepts a row of the reference file's shape and rejects a 2 in a 0/1 column", () => {
    const row = {
      child_id: "C1",
      family_id: "F1",
      la_code: "E06000069",
      arm: "fgc",
      index_date: dayFromParts(2021, 10, 10)!,
      age_years: 3,
      sex: "F",
      ethnicity: "WHITE",
      disability: 0,
      fgc_held: 0,
      looked_after_12m: 1,
      entered_care_12m: 1,
      proceedings_12m: 1,
      days_in_care_12m: 131,
      time_to_care_days: 235,
      care_event: 1,
    };
    expect(trialAnalysisRowSchema.safeParse(row).success).toBe(true);
    expect(trialAnalysisRowSchema.safeParse({ ...row, fgc_held: 2 }).success).toBe(false);
    expect(trialAnalysisRowSchema.safeParse({ ...row, days_in_care_12m: 366 }).success).toBe(false);
    expect(trialAnalysisRowSchema.safeParse({ ...row, arm: "treatment" }).success).toBe(false);
  });

  it("laReturnRowSchema keeps value as text so symbols survive", () => {
    const row = {
      la_code: "E06009999",
      period: "2023-24",
      breakdown: "all",
      category: "all",
      measure: "families_offered_fgc",
      value: "c",
    };
    expect(laReturnRowSchema.parse(row).value).toBe("c");
    expect(laReturnRowSchema.safeParse({ ...row, measure: "families_helped" }).success).toBe(false);
  });

  it("every spec's row schema has exactly its columns, optional exactly where the column is not required", () => {
    for (const spec of Object.values(tableSpecs)) {
      const shape = (
        spec.rowSchema as unknown as {
          shape: Record<string, { safeParse(v: unknown): { success: boolean } }>;
        }
      ).shape;
      expect(Object.keys(shape), spec.name).toEqual(spec.columns.map((c) => c.name));
      for (const c of spec.columns) {
        expect(shape[c.name].safeParse(undefined).success, `${spec.name}.${c.name} optional`).toBe(
          !c.required,
        );
        expect(shape[c.name].safeParse(null).success, `${spec.name}.${c.name} nullable`).toBe(c.nullable);
      }
    }
  });

  it("every spec is well formed: key columns exist, codes on code columns, catalogue names match", () => {
    for (const [name, spec] of Object.entries(tableSpecs)) {
      expect(spec.name).toBe(name);
      const names = spec.columns.map((c) => c.name);
      for (const k of spec.key) expect(names, `${name} key ${k}`).toContain(k);
      for (const c of spec.columns) {
        expect(c.type === "code", `${name}.${c.name}`).toBe(c.codes !== undefined);
        if (!c.required)
          expect(c.nullable, `${name}.${c.name}: an optional column must allow blanks`).toBe(true);
      }
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

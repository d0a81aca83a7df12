import { describe, expect, it } from "vitest";
import { episodeDatesOrderCheck } from "../../src/schema/tables/episode-dates-order-check.js";
import { checkEpisodesAfterBirth } from "../../src/schema/tables/episode-before-birth-check.js";
import { episodeEndIncompleteCheck } from "../../src/schema/tables/episode-end-incomplete-check.js";
import { episodeOverlapCheck } from "../../src/schema/tables/episode-overlap-check.js";
import { episodeX1ContinuationCheck } from "../../src/schema/tables/episode-x1-continuation-check.js";
import { episodesSpec } from "../../src/schema/tables/episodes.js";
import { dayFromParts } from "../../src/util/dates.js";
import { tableOf, where } from "./check-helpers.js";

const dates = ["DECOM", "DEC"];

describe("episodeOverlapCheck", () => {
  it("flags an episode starting inside the child's previous one, on its DECOM", () => {
    const t = tableOf(
      "e.csv",
      [
        { CHILD: "1", DECOM: "01/01/2023", DEC: "01/03/2023", REC: "E4A" },
        { CHILD: "1", DECOM: "15/02/2023", DEC: "01/04/2023", REC: "E4A" }, // 15/02 < 01/03: overlap
        { CHILD: "2", DECOM: "15/02/2023", DEC: null, REC: null },
      ],
      dates,
    );
    expect(where(episodeOverlapCheck.run(t, {}))).toEqual(["episode-overlap@3:DECOM"]);
  });

  it("accepts an X1 chain (DEC of one = DECOM of the next) and episodes out of file order", () => {
    const t = tableOf(
      "e.csv",
      [
        { CHILD: "1", DECOM: "01/03/2023", DEC: null, REC: null },
        { CHILD: "1", DECOM: "01/01/2023", DEC: "01/03/2023", REC: "X1" },
      ],
      dates,
    );
    expect(episodeOverlapCheck.run(t, {})).toEqual([]);
  });

  it("treats an open episode as running on, and skips a duplicate DECOM (a key-duplicate)", () => {
    const t = tableOf(
      "e.csv",
      [
        { CHILD: "1", DECOM: "01/01/2023", DEC: null },
        { CHILD: "1", DECOM: "01/01/2023", DEC: "05/01/2023" },
        { CHILD: "1", DECOM: "01/06/2024", DEC: null },
      ],
      dates,
    );
    expect(where(episodeOverlapCheck.run(t, {}))).toEqual(["episode-overlap@4:DECOM"]);
  });
});

describe("episodeDatesOrderCheck", () => {
  it("flags DEC before DECOM on DEC and allows a same-day episode", () => {
    const t = tableOf(
      "e.csv",
      [
        { CHILD: "1", DECOM: "05/02/2021", DEC: "03/02/2021" },
        { CHILD: "2", DECOM: "05/02/2021", DEC: "05/02/2021" },
        { CHILD: "3", DECOM: "05/02/2021", DEC: null },
      ],
      dates,
    );
    const issues = episodeDatesOrderCheck.run(t, {});
    expect(where(issues)).toEqual(["episode-dates-order@2:DEC"]);
    expect(issues[0].value).toBe("03/02/2021");
    expect(issues[0].severity).toBe("error");
  });
});

describe("episodeEndIncompleteCheck", () => {
  it("flags REC without DEC and DEC without REC, both on REC", () => {
    const t = tableOf(
      "e.csv",
      [
        { CHILD: "1", DECOM: "01/01/2023", DEC: null, REC: "E4A" },
        { CHILD: "2", DECOM: "01/01/2023", DEC: "01/02/2023", REC: null },
        { CHILD: "3", DECOM: "01/01/2023", DEC: "01/02/2023", REC: "E4A" },
        { CHILD: "4", DECOM: "01/01/2023", DEC: null, REC: null },
      ],
      dates,
    );
    expect(where(episodeEndIncompleteCheck.run(t, {}))).toEqual([
      "episode-end-incomplete@2:REC",
      "episode-end-incomplete@3:REC",
    ]);
  });
});

describe("episodeX1ContinuationCheck", () => {
  it("warns when no episode of the same child starts on an X1 episode's DEC", () => {
    const t = tableOf(
      "e.csv",
      [
        { CHILD: "1", DECOM: "01/01/2023", DEC: "01/03/2023", REC: "X1" },
        { CHILD: "1", DECOM: "01/03/2023", DEC: "01/04/2023", REC: "X1" }, // next starts 02/04: a gap
        { CHILD: "1", DECOM: "02/04/2023", DEC: null, REC: null },
        { CHILD: "2", DECOM: "01/04/2023", DEC: null, REC: null }, // another child's start does not count
      ],
      dates,
    );
    const issues = episodeX1ContinuationCheck.run(t, {});
    expect(where(issues)).toEqual(["episode-x1-no-continuation@3:REC"]);
    expect(issues[0].severity).toBe("warning");
  });
});

describe("checkEpisodesAfterBirth", () => {
  it("flags DECOM before the child's dob, from the children table or a 903 header", () => {
    const episodes = tableOf(
      "episodes.csv",
      [
        { CHILD: "1", DECOM: "01/01/2020" },
        { CHILD: "2", DECOM: "01/01/2020" },
        { CHILD: "3", DECOM: "01/01/2020" }, // no dob known: not checked
      ],
      dates,
    );
    const children = tableOf(
      "children.csv",
      [
        { child_id: "1", dob: "2020-06-01" },
        { child_id: "2", dob: "2019-06-01" },
      ],
      ["dob"],
    );
    expect(where(checkEpisodesAfterBirth(episodes, children))).toEqual(["episode-before-birth@2:DECOM"]);
    const header = tableOf("header.csv", [{ CHILD: "2", DOB: "02/01/2020" }], ["DOB"]);
    expect(where(checkEpisodesAfterBirth(episodes, header))).toEqual(["episode-before-birth@3:DECOM"]);
  });
});

describe("episodesSpec checks", () => {
  it("include duplicate keys and dates after the extract date", () => {
    const t = tableOf(
      "e.csv",
      [
        { CHILD: "1", DECOM: "01/01/2023", DEC: "01/02/2023", REC: "E4A" },
        { CHILD: "1", DECOM: "01/01/2023", DEC: "01/02/2023", REC: "E4A" },
        { CHILD: "2", DECOM: "01/01/2023", DEC: "01/06/2031", REC: "E4A" },
      ],
      dates,
    );
    const extractDay = dayFromParts(2025, 3, 31)!;
    const issues = episodesSpec.checks.flatMap((c) => c.run(t, { extractDay }));
    // The repeated CHILD + DECOM is a key-duplicate only (not also an overlap).
    expect(where(issues).sort()).toEqual(["date-future@4:DEC", "key-duplicate@3:DECOM"]);
    // Without an extract date, no future check runs.
    expect(episodesSpec.checks.flatMap((c) => c.run(t, {})).map((i) => i.rule)).not.toContain("date-future");
  });
});

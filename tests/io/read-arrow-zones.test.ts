/**
 * Issue 12, case 8: Arrow timestamps with a time zone lost a day (2023-04-01T00:00+01:00 read as
 * 2023-03-31, its UTC date). They are read as the wall clock of their own zone now; timestamps
 * without a zone keep their UTC wall clock.
 */
import { Field, Schema, Table, TimestampMillisecond, tableToIPC, Utf8, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { readArrow } from "../../src/io/read-arrow.js";
import { zonedDateText } from "../../src/io/zoned-date-text.js";

// 2023-04-01T00:00 in London (BST, +01:00) is 2023-03-31T23:00Z; 2023-01-15T00:00 (GMT) is itself.
const bstMidnight = Date.UTC(2023, 2, 31, 23);
const gmtMidnight = Date.UTC(2023, 0, 15);
const afternoon = Date.UTC(2023, 5, 1, 13, 30); // 14:30 BST

function column(zone: string | null, values: number[]) {
  const table = new Table({ DECOM: vectorFromArray(values, new TimestampMillisecond(zone as string)) });
  return readArrow(tableToIPC(table), "e.arrow").columns[0];
}

describe("readArrow: timestamps with a time zone", () => {
  it("Europe/London: midnight in BST and in GMT stay on their own day", () => {
    expect(column("Europe/London", [bstMidnight, gmtMidnight, afternoon])).toEqual([
      "2023-04-01",
      "2023-01-15",
      "2023-06-01T14:30:00+01:00",
    ]);
  });

  it("a fixed offset (+01:00) likewise", () => {
    expect(column("+01:00", [bstMidnight, gmtMidnight])).toEqual(["2023-04-01", "2023-01-15T01:00:00+01:00"]);
  });

  it("without a zone, the UTC wall clock", () => {
    expect(column(null, [bstMidnight, gmtMidnight])).toEqual(["2023-03-31T23:00:00Z", "2023-01-15"]);
  });

  it("an unknown zone is file-unreadable, never a guessed date", () => {
    const raw = (() => {
      const table = new Table({
        DECOM: vectorFromArray([gmtMidnight], new TimestampMillisecond("Mars/Olympus")),
      });
      return readArrow(tableToIPC(table), "e.arrow");
    })();
    expect(raw.issues.map((i) => i.rule)).toEqual(["file-unreadable"]);
    expect(raw.complete).toBe(false);
  });
});

describe("zonedDateText", () => {
  it("agrees with the UTC date plus the zone's offset across a whole year in London", () => {
    const text = zonedDateText("Europe/London");
    if (text === undefined) throw new Error("Europe/London unknown");
    for (let day = 0; day < 365; day++) {
      const ms = Date.UTC(2023, 0, 1 + day, 23, 30);
      // BST (+1) runs from 26 March 01:00Z to 29 October 01:00Z in 2023.
      const bst = ms >= Date.UTC(2023, 2, 26, 1) && ms < Date.UTC(2023, 9, 29, 1);
      const wall = new Date(ms + (bst ? 3_600_000 : 0)).toISOString().slice(0, 19);
      expect(text(ms)).toBe(`${wall}${bst ? "+01:00" : "+00:00"}`);
    }
  });
});

describe("readArrow: limits", () => {
  it("refuses more than 16,384 columns", () => {
    const fields = Array.from({ length: 16_385 }, (_, j) => new Field(`C${j}`, new Utf8(), true));
    const table = new Table(new Schema(fields));
    const raw = readArrow(tableToIPC(table), "wide.arrow");
    expect(raw.issues.map((i) => [i.rule, i.row])).toEqual([["table-too-wide", 1]]);
  });
});

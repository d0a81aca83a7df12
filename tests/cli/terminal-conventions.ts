/**
 * What every command's terminal output must look like (issue 14, item 5), asserted on the runs
 * of tests/cli/help-examples.test.ts (the samples) and tests/cli/exit-codes.test.ts (the
 * refusals): nouns in the right number, never "file(s)"; counts of 1,000 or more with thousands
 * separators, as formatCount writes them.
 */
import { expect } from "vitest";

export function expectTerminalConventions(output: string): void {
  // "(s)" after a word is a count whose noun was not made singular or plural. The DfE's own
  // code labels (Placement type "foster carer(s)") are quoted data, not our counts: none is printed
  // by these runs, so any "(s)" fails.
  expect(output.match(/.{0,40}\w\((s|es|ren)\).{0,20}/g) ?? []).toEqual([]);
  // A count of four or more digits before its noun ("2537 children") lacks its separators.
  // Ids, years and codes are not counts: only numbers before a counted noun are checked.
  expect(
    output.match(new RegExp(`.{0,40}(?<![\\d,.])\\d{4,} (${countedNouns})\\b.{0,20}`, "g")) ?? [],
  ).toEqual([]);
}

const countedNouns = [
  "rows?",
  "files?",
  "child(ren)?",
  "famil(y|ies)",
  "errors?",
  "warnings?",
  "problems?",
  "cells?",
  "episodes?",
  "index events?",
  "letters?",
  "tables?",
  "areas?",
  "lines?",
  "records?",
  "duplicates?",
  "referred",
  "control",
  "more",
  "read",
  "accepted",
  "rejected",
  "small counts",
  "complementary",
  "primary",
  "secondary",
  "in both",
  "CIN only",
  "903 only",
].join("|");

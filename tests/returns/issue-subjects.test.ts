/**
 * The return reports the warnings about its own period: a letter other than a child's index
 * letter, a child outside the population, an episode outside the child's window change no count.
 */
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/schema/issue.js";
import { type IssueSubjects, scopeIssues } from "../../src/returns/issue-subjects.js";
import { runReturn } from "../../src/returns/run.js";
import { handChildren, handEpisodes } from "../../scripts/return-sample-children.js";
import { readFiles, returnFiles } from "./returns-fixture.js";

function warning(file: string, severity: Issue["severity"] = "warning"): Issue {
  return { rule: "return-version-conflict", severity, file, message: file };
}

describe("scopeIssues(issues, subjects, population, window)", () => {
  // C1's index letter is on day 1000: its window is days 1000 to 1365.
  const population = [{ childId: "C1", indexDay: 1000 }];
  const cases: [string, Parameters<IssueSubjects["set"]>[1] | undefined, boolean][] = [
    ["index letter", { childId: "C1", letterDay: 1000 }, true],
    ["another letter of the child", { childId: "C1", letterDay: 1200 }, false],
    ["the child's characteristics", { childId: "C1" }, true],
    ["a child outside the population", { childId: "C2" }, false],
    ["a letter of a child outside the population", { childId: "C2", letterDay: 1000 }, false],
    ["an episode ending before the letter", { childId: "C1", span: { from: 100, to: 999 } }, false],
    ["an episode ending on the letter day", { childId: "C1", span: { from: 100, to: 1000 } }, true],
    ["an episode starting on day 365", { childId: "C1", span: { from: 1365, to: null } }, true],
    ["an episode starting after day 365", { childId: "C1", span: { from: 1366, to: null } }, false],
    ["an open episode from before the letter", { childId: "C1", span: { from: 10, to: null } }, true],
    ["no subject (a file)", undefined, true],
  ];
  for (const [what, subject, kept] of cases) {
    it(`${kept ? "keeps" : "leaves out"} a warning about ${what}`, () => {
      const issue = warning(what);
      const subjects: IssueSubjects = new Map();
      if (subject) subjects.set(issue, subject);
      expect(scopeIssues([issue], subjects, population, 365)).toEqual(
        kept ? { issues: [issue], outside: 0 } : { issues: [], outside: 1 },
      );
    });
  }

  it("always keeps errors, whatever record they are about", () => {
    const issue = warning("error", "error");
    const subjects: IssueSubjects = new Map([[issue, { childId: "C2" }]]);
    expect(scopeIssues([issue], subjects, population, 365)).toEqual({ issues: [issue], outside: 0 });
  });
});

describe("runReturn reports the warnings about the period asked for", () => {
  const input = readFiles(returnFiles(handChildren, handEpisodes));
  const of = (period: string) => runReturn(input, { period, threshold: 0 });

  it("2024-25 (H05 only) leaves out the 2023-24 letters' warnings (H03's offer, H07's PPOutcome) and counts them", () => {
    const result = of("2024-25");
    const shown = result.issues.map((i) => i.message).join("\n");
    expect(shown).not.toMatch(/child H0[37]/);
    expect(result.summary.warningsOutsidePeriod).toBeGreaterThanOrEqual(3);
    expect(result.notes).toContain(
      `${result.summary.warningsOutsidePeriod} warnings not shown: about letters, children or episodes that enter none of the 2024-25 return's counts`,
    );
  });

  it("2023-24 shows them, and every warning is either shown or counted in both periods", () => {
    const a = of("2023-24");
    const b = of("2024-25");
    expect(a.issues.map((i) => `${i.rule} ${i.column}`)).toEqual(
      expect.arrayContaining([
        "pp-offer-missing FGDMMeetingOffer",
        "pp-held-without-offer FGDMMeetingFac",
        "return-version-conflict PPOutcome",
      ]),
    );
    expect(a.issues.length + a.summary.warningsOutsidePeriod).toBe(
      b.issues.length + b.summary.warningsOutsidePeriod,
    );
  });
});

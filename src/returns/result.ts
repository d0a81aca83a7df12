// The result of `fgc return`: a plain object, the rows of the la-return layout after disclosure
// control with what was read, matched and warned of. Its zod schema is the single source of its
// type (as trial/result.ts and areas/result.ts). No child identifiers but in `issues` (the
// return's own LAchildID, for the LA's analyst) and the link's pseudonyms.
import * as z from "zod";
import { type RuleId, rules } from "../schema/rules.js";

const ruleIds = Object.keys(rules) as [RuleId, ...RuleId[]];

/** A problem in the data, as schema/issue.ts's `Issue`. */
const issueSchema = z.object({
  rule: z.enum(ruleIds).describe("rule id of schema/rules.ts"),
  severity: z.enum(["error", "warning"]),
  file: z.string().describe("file name as given"),
  row: z
    .number()
    .int()
    .optional()
    .describe("row as a spreadsheet shows it (header = row 1); for XML, the line"),
  column: z.string().optional().describe("column as the file spells it, or an XML element"),
  value: z.string().optional().describe("the raw text read"),
  message: z.string(),
});

/** One row of the la-return long layout as `fgc return` writes it. */
export const returnResultRowSchema = z.object({
  la_code: z.string().describe("the census's LEA code; blank when no census carries one"),
  period: z.string().describe("financial year, YYYY-YY"),
  breakdown: z.string(),
  category: z.string(),
  measure: z.string(),
  value: z
    .union([z.number().int().min(0), z.enum(["c", ":"])])
    .describe(
      "a count, `c` (suppressed) or `:` (not available: families_accepted_fgc, and the 12-month outcomes of a category none of whose children has been followed for the full window)",
    ),
});
export type ReturnResultRow = z.infer<typeof returnResultRowSchema>;

const sourceMatchSchema = z.object({
  source: z.enum(["children", "allocation", "fgc", "episodes", "court"]),
  records: z.number(),
  matched: z.number(),
  unmatched: z.number(),
  unmatchedExamples: z.array(z.string()),
  duplicates: z.number(),
  cohortWithout: z.number(),
  cohortWithoutExamples: z.array(z.string()),
});

/** link/match-report.ts's `MatchReport` (pseudonymised identifiers only). */
const matchReportSchema = z.object({
  indexEvents: z.number(),
  children: z.number(),
  families: z.number(),
  duplicateIndexEvents: z.number(),
  laterIndexEvents: z.number(),
  laterIndexEventExamples: z.array(z.string()),
  missingIndexDay: z.number(),
  missingFamilyId: z.number(),
  sources: z.array(sourceMatchSchema),
  disagreementCounts: z.object({ laCode: z.number(), familyId: z.number() }),
  disagreements: z.array(
    z.object({
      childId: z.string(),
      field: z.enum(["familyId", "laCode"]),
      values: z.array(z.object({ value: z.string(), sources: z.array(z.string()) })),
      indexEvent: z.string().optional(),
    }),
  ),
});

/**
 * Zod schema of the `fgc return` result: the rows of the la-return layout after disclosure control, the summary, outcome availability, the match report and issues.
 */
export const returnResultSchema = z.object({
  laCode: z.string().describe("the census's LEA code; blank when no census carries one"),
  period: z.string().describe("financial year, YYYY-YY"),
  followUpEnd: z.string().describe("follow-up end, yyyy-mm-dd; default the latest census ReferenceDate"),
  threshold: z.number().int().min(0).max(100).describe("counts 1 to threshold are written c; 0: none"),
  rows: z.array(returnResultRowSchema),
  summary: z.object({
    censuses: z.array(
      z.object({ file: z.string(), referenceDate: z.string().nullable(), children: z.number() }),
    ),
    ssda903Files: z.array(z.object({ file: z.string(), episodes: z.number(), children: z.number() })),
    children: z.number().describe("distinct children across the censuses"),
    letters: z.number().describe("pre-proceedings blocks after merging (one per child and letter)"),
    lettersInPeriod: z.number().describe("letters whose LBPSentDate falls in the period"),
    population: z.number(),
    followed: z.number(),
    suppressedPrimary: z.number(),
    suppressedSecondary: z.number(),
    warningsOutsidePeriod: z
      .number()
      .describe(
        "warnings about letters, children or episodes that enter no count of the period (not in issues)",
      ),
  }),
  outcomes: z
    .object({
      status: z.enum(["none", "some", "all"]),
      windowDays: z.number().describe("days in the window after the letter"),
      followed: z.number().describe("children of the population followed for the whole window"),
      population: z.number(),
      completeOn: z.string().describe("the day by which every child will have been followed, yyyy-mm-dd"),
      text: z.string(),
    })
    .describe("how far the 12-month outcomes are known"),
  match: z
    .object({
      cinChildren: z.number(),
      ssda903Children: z.number(),
      both: z.number(),
      cinOnly: z.number(),
      ssda903Only: z.number(),
      populationWithEpisodes: z.number(),
    })
    .describe("CIN LAchildID against 903 CHILD"),
  linkReport: matchReportSchema.optional().describe("the link's match report, when a key was given"),
  issues: z
    .array(issueSchema)
    .describe("errors, and the warnings about the period's own letters, children and episodes"),
  notes: z.array(z.string()),
});
/**
 * The result of runReturn, as validated by returnResultSchema.
 */
export type ReturnResult = z.infer<typeof returnResultSchema>;

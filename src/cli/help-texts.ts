/**
 * The help texts of the commands, apart from their code, so that building the program (and
 * `fgc --help`) loads no command's dependencies.
 */

export const validateHelp = [
  "",
  "Checks the header (missing, unknown, repeated columns), every cell (types, dates, codes,",
  "ranges, blanks) and rules across rows (duplicate keys, overlapping episodes, dates in order).",
  "Every row read is accepted or rejected with a rule; nothing is dropped silently.",
  "Exit codes: 0 no errors (warnings allowed), 1 errors in the data, 2 usage error.",
  "",
  "Examples:",
  "  fgc validate data-samples/*.csv",
  "  fgc validate data-samples/messy/*.csv --out report.csv    exits 1: the messy copy has errors",
  "  fgc validate episodes.xlsx --sheet Episodes --schema episodes --extract-date 2024-03-31",
].join("\n");

export const trialHelp = `
Input: one analysis-ready file with the columns of the trial-analysis schema (fgc dictionary),
or a folder holding one; a folder of extracts without one is linked in memory first (as fgc link
does, with a key made for the run, since no child-level row is written; the bundled samples use
the published sample key). The default plan mirrors the published English FGC trial; it is
written into the output as plan.json, so a run can be repeated exactly.

Examples:
  fgc trial data-samples/trial/analysis.csv
  fgc trial trial.xlsx --plan plan.json --out reports/my-trial
  fgc trial data-samples/trial --no-png --out reports/sample-trial
  fgc trial data-samples/link --no-png --out reports/linked-trial    a folder of extracts, linked in memory
  fgc trial data-samples/trial/analysis.csv --costs data-samples/costs/unit-costs.csv    cost consequences`;

export const simulateHelp = `
Writes children.csv, index-events.csv, allocation.csv, fgc-records.csv, episodes.csv (SSDA903
layout, UK dates), court.csv and analysis.csv (the analysis-ready file), plus a README.
The data are synthetic: arm outcomes match the published trial in expectation.

Examples:
  fgc simulate trial --seed 2 --out my-trial
  fgc simulate trial --seed 3 --families 200 --out small-trial    a smaller trial
  fgc trial my-trial/analysis.csv                                 then analyse it`;

export const linkHelp = `
Input: a folder holding the extracts children, index-events, allocation, fgc-records, episodes
(SSDA903 layout) and court, each recognised by its header (fgc dictionary lists the columns).
Identifiers are pseudonymised with HMAC-SHA-256 before linking: the key comes from --key-file or
the environment variable FGC_LINK_KEY (the bundled samples use a published sample key).
The extract date ends follow-up; without --extract-date the latest date in the extracts is used.

Examples:
  fgc link data-samples/link --out reports/link/analysis.csv
  fgc link extracts/ --out analysis.csv --key-file link.key --extract-date 2025-03-31
  fgc link extracts/ --out analysis.csv --window 180 --report match.json`;

export const appHelp = `
Writes the browser app: one HTML file (about 2 MB) that runs Validate, FGC return, Compare areas
and Trial analysis on the files a user chooses, in a Web Worker, offline, with a
Content-Security-Policy that forbids every network request; its results.json and return CSV are
the command line's byte for byte. Open it in a browser, or hand the one file to a colleague.

Examples:
  fgc app --out fgc.html`;

// How src/outcomes/ turns dated records into the outcomes of the analysis-ready table, as text for
// the data dictionary (docs/data-dictionary.md). Each rule is documented again next to its code.

/** @example outcomeDefinitionsMarkdown().startsWith("## Outcome derivations") // true */
export function outcomeDefinitionsMarkdown(): string {
  return OUTCOME_DEFINITIONS;
}

const OUTCOME_DEFINITIONS = `## Outcome derivations

How \`src/outcomes/\` turns dated records into the outcomes of the analysis-ready table. Each rule is
documented again next to its code (file in brackets); this list is the source for the data
dictionary. Dates are whole days since 1970-01-01 (\`util/dates.ts\`); every rule is integer
arithmetic on day numbers. \`I\` is the child's index date (for the trial, the pre-proceedings
letter), \`W\` the window in days (default 365, \`window.ts\`), \`E\` the extract date (end of follow-up).

### Episodes and periods of care

| rule                | definition                                                                                                                                                                                                                                              | file                                        |
| ------------------- | ------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------- | ------------------------------------------- |
| in care on day d    | an episode with \`DECOM ≤ d < DEC\`, or \`DEC\` blank (open). The DEC day itself is not in care: the child left that day.                                                                                                                                   | \`care-periods.ts\`, \`looked-after-on-day.ts\` |
| short breaks        | episodes with legal status \`LS\` V3 or V4 are not care (DfE's national counts exclude them; domain.md §1.5). A blank LS counts as care.                                                                                                                  | \`care-episode.ts\`                           |
| period of care      | the union of a child's in-care episodes as maximal runs of days: overlapping episodes count once; an episode starting on the day the previous one ceased (REC X1, or any same-day restart) continues the period. Periods come from dates, not from RNE. | \`care-periods.ts\`                           |
| zero-length episode | \`DEC = DECOM\` covers no day: no day in care, no entry. (\`DEC < DECOM\` is a validation error upstream; here it is ignored the same way.)                                                                                                                 | \`care-periods.ts\`                           |
| kinship placement   | \`PLACE\` U1, U2 or U3 (foster placement with relatives or friends; domain.md §1.7).                                                                                                                                                                      | \`care-episode.ts\`                           |

### Window outcomes, over (0, W] = days I + 1 … I + W

| column                | definition                                                                                                                                                                                                                                                            | file                     |
| --------------------- | --------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------- | ------------------------ |
| \`looked_after_12m\`    | in care on day \`I + W\`.                                                                                                                                                                                                                                               | \`looked-after-on-day.ts\` |
| \`entered_care_12m\`    | a period of care starts on a day in \`(I, I + W]\`. An episode already open on the index day is not an entry; an entry on the index day is not in the window (the child is already looked after). A child who leaves and comes back within the window has entered care. | \`entered-care.ts\`        |
| \`days_in_care_12m\`    | number of days in \`[I + 1, I + W]\` in care: \`Σ max(0, min(end, I+W+1) − max(start, I+1))\` over periods, so overlaps and X1 chains count once and the total is 0 … W.                                                                                                  | \`days-in-care.ts\`        |
| \`proceedings_12m\`     | a court application issued on a day in \`(I, I + W]\` (from the court records; which application types count can be set).                                                                                                                                               | \`proceedings-issued.ts\`  |
| \`placed_with_kin_12m\` | an in-care kinship episode covers at least one day of the window: \`max(DECOM, I+1) < min(DEC, I+W+1)\`.                                                                                                                                                                | \`placed-with-kin.ts\`     |

### Time to care

| column                            | definition                                                                                                                                                                                                                                                                                                                                                                                         | file              |
| --------------------------------- | -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------- | ----------------- |
| \`time_to_care_days\`, \`care_event\` | first period of care starting after the index day and on or before the extract: time = start − I, event 1. None: time = E − I, event 0 (censored at the end of follow-up). Not capped at W, so survival analysis uses all follow-up (the reference trial file's censored times run past 365). For a child already in care on the index day, this is the time to the next entry after leaving care. | \`time-to-care.ts\` |

### Flags and censoring

| column                     | definition                                                                                                                                      | file                                |
| -------------------------- | ----------------------------------------------------------------------------------------------------------------------------------------------- | ----------------------------------- |
| \`follow_up_days\`           | \`E − I\`.                                                                                                                                        | \`censoring.ts\`                      |
| \`censored\`                 | 1 when \`E − I < W\`: follow-up does not reach day W. All window outcomes above are then missing (blank), never 0; time to care is still defined. | \`censoring.ts\`, \`child-outcomes.ts\` |
| \`already_looked_after\`     | in care on the index day \`I\`. Kept and flagged; the analysis plan decides whether to exclude.                                                   | \`child-outcomes.ts\`                 |
| \`proceedings_before_index\` | a court application issued on or before the index day. It does not count as an outcome.                                                         | \`proceedings-issued.ts\`             |

### Baseline and linkage columns (\`build-analysis-table.ts\`)

| column                                   | definition                                                                                                                               |
| ---------------------------------------- | ---------------------------------------------------------------------------------------------------------------------------------------- |
| \`child_id\`, \`family_id\`                  | HMAC-SHA-256 pseudonyms (\`link/pseudonymise.ts\`), keyed; raw ids never reach the table.                                                  |
| \`la_code\`                                | the LA of the index event (other sources' LAs only raise \`la_disagreement\`).                                                             |
| \`arm\`                                    | the family's allocation (\`fgc\` / \`control\`).                                                                                             |
| \`index_date\`                             | \`I\`, day number (written as a date).                                                                                                     |
| \`age_years\`                              | \`⌊10·(I − date of birth)/365.25⌋/10\`; negative for a child born after the letter (pre-birth proceedings); blank without a date of birth. |
| \`sex\`, \`ethnicity\`, \`disability\`         | from the children records; not recorded (or no children record) is the schema's unknown code: sex \`U\`, ethnicity \`UNKNOWN\`; disability, a 0/1 covariate with no unknown code, is blank (missing). |
| \`fgc_held\`                               | a held conference for the child, or a family-level one for its family, dated in \`[I, I + W]\` or undated.                                 |
| \`index_event_number\`                     | which of the child's dated index events defines the row: 1 for the earliest, 2 for the next … **One row per child**: the row is the child's earliest index event that links (dated, its family allocated to one arm), the first pre-proceedings letter in the trial period at which the family was randomised; the child's later index events are excluded as \`index-event-later\` and listed in the match report by file and row. |
| \`la_disagreement\`, \`family_disagreement\` | 1 when the child's LA (family) differs between sources; listed in the match report.                                                      |

### Row accounting (\`row-accounting.ts\`)

Every index event read is a row or excluded with a reason:
\`index-date-missing\`, \`index-event-duplicate\` (same child and day), \`allocation-missing\` (family
not allocated or no family id), \`allocation-conflict\` (family allocated to both arms),
\`index-event-later\` (a later index event of a child whose earliest linked one is the row),
\`index-after-extract\` (no follow-up). \`indexEventsIn = rowsOut + Σ excluded\`. Censored rows,
children already looked after and missing ages are counted among the rows out, not excluded.
`;

// The studies file of `fgc meta` in the data dictionary: its columns (meta/study-columns.ts),
// the three ways of giving an effect, the default measure and what is refused.
import { metaPlanSchema } from "./plan.js";
import { metaStudyColumns } from "./study-columns.js";

/** @example metaDefinitionsMarkdown().startsWith("## Meta-analysis studies") // true */
export function metaDefinitionsMarkdown(): string {
  const plan = metaPlanSchema.shape;
  return [
    "## Meta-analysis studies",
    "",
    "`fgc meta studies.csv` (CSV, TSV or XLSX) reads one row per study. Column names are matched without regard to case; every study gives its effect the same way: 2×2 counts (`a, n1, c, n0`), a published estimate with its confidence interval (`estimate, lower, upper`, optional `level`), or an effect on the analysis scale with its variance (`yi, vi`). Columns of another way may stay in the file if they are blank; a study that fills them is refused (`meta-input-kind`).",
    "",
    "| column | used with | description |",
    "| --- | --- | --- |",
    ...metaStudyColumns.map(([name, use, description]) => `| \`${name}\` | ${use} | ${description} |`),
    "",
    "Options (`--measure`, `--method`, `--level`, saved in `plan.json`):",
    "",
    "| option | description |",
    "| --- | --- |",
    `| \`--measure\` | ${plan.measure.description} |`,
    `| \`--method\` | ${plan.method.description} |`,
    `| \`--level\` | ${plan.level.description} |`,
    "",
    "- **Ratios** (`or`, `rr`, `hr`) are pooled on the log scale: `estimate`, `lower` and `upper` are the ratios as published (above 0), and the variance is ((log upper − log lower)/(2·z))² at the interval's level (Altman & Bland 2011). Differences (`rd`, `smd`, `generic`) use upper − lower. A risk difference is a proportion (−0.086), not points (−8.6).",
    "- **Counts** give `or` (default), `rr` or `rd`. A study with no events (or only events) in one arm has 0.5 added to each of its four cells, as metafor does by default, with a `meta-zero-cell` warning naming the row; a study with no events in both arms (or events for everyone in both) carries no information on a ratio and is refused (`meta-double-zero`): leave it out and say so, or pool risk differences.",
    "- **Refused** (exit 1, nothing written), each naming file, row, column and rule: a blank `study` or `source`, a study named twice, an upper limit not above the lower or an estimate outside its interval, a ratio ≤ 0, a variance ≤ 0, events above participants, a level outside (0, 1), fewer than two studies. Estimates with CIs and no `--measure` are a usage error (exit 2): the file cannot say whether 0.8 is a ratio or a difference.",
    "- **Each study's interval** in the report is yi ± z·√vi at `--level`: for a published interval at the same level, the published interval up to rounding.",
    "",
  ].join("\n");
}

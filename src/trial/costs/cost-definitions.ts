import { PLACEMENT_GROUPS } from "../../schema/codes/placement-groups.js";
import { COST_ITEMS } from "./cost-items.js";
import { UNIT_COST_COLUMNS } from "./unit-costs.js";

/**
 * The cost analysis of `fgc trial --costs` in the data dictionary: the unit-cost file, the
 * placement groups, the cost of a child, what is estimated, and the projection.
 * @example costDefinitionsMarkdown().startsWith("## Costs") // true
 */
export function costDefinitionsMarkdown(): string {
  return [
    "## Costs (`fgc trial --costs`)",
    "",
    `### The unit-cost file`,
    "",
    `A CSV or XLSX (or any table format the toolkit reads) with the columns ${UNIT_COST_COLUMNS.map((c) => `\`${c}\``).join(", ")}, one row per item, each item once. Items: ${COST_ITEMS.map((c) => `\`${c}\``).join(", ")}. \`--costs FILE\` names it, or the plan's \`costs\` field (a path relative to the plan file); \`--costs\` wins. Nothing is built in: \`data-samples/costs/\` holds example files, labelled as examples to replace.`,
    "",
    "- `cost`: pounds per unit, a plain number at least 0 (no £, no commas).",
    "- `unit`: what one unit is, in words (echoed in the report).",
    "- `price_year`: a year (`2024`) or a financial year (`2023-24`, `2023/24`, `2023-2024`). Every row must have the same price year: mixed price years are an error (`cost-price-year-mixed`), because a sum of costs in different years' prices is in no year's prices; inflate the older figures first.",
    "- `source`: where the figure comes from; never blank.",
    "- Items needed: `proceedings` (per child with care proceedings issued in the window), `conference` (per family conference held), `referral` (per family referred, coordinator time whether or not a conference follows), and the day rate: `day_in_care` (one rate for every day in care), or, when the input has days in care by placement group, all four `day_in_care_foster`, `day_in_care_kin`, `day_in_care_residential`, `day_in_care_other` (used instead of `day_in_care`, which may then be given but is not used). Group rates for an input without days by group are an error (`cost-item-unknown`), never silently unused.",
    "- Each problem is reported with the file, row, column and rule (`cost-item-missing`, `cost-item-unknown`, `cost-item-duplicate`, `cost-value-invalid`, `cost-source-blank`, `cost-price-year-invalid`, `cost-price-year-mixed`, `column-missing`), and `fgc trial` exits 1 without writing anything.",
    "",
    "### Placement groups",
    "",
    `Days in care by placement group (${PLACEMENT_GROUPS.join(", ")}) come from the SSDA903 PLACE code of the in-care episode covering each day (domain.md §1.7): foster = U4, U5, U6 (other foster carers); kin = U1, U2, U3 (relatives or friends); residential = K1, K2, R1, S1; other = every other code (P1 placed with parents, A3–A6 adoption, K3/H5/P2 supported, P3, R2, R3, R5, T0–T4, Z1, Z11–Z14) and a blank. Where in-care episodes overlap, a day goes to the episode that started first, so the four groups add up to \`days_in_care_12m\`. Only a folder of extracts (\`fgc trial DIR\`) or the file \`fgc link\` writes (columns \`days_in_care_<group>_12m\`) has them; an analysis-ready file without those columns takes one \`day_in_care\` rate, and the report says so.`,
    "",
    "### The cost of a child",
    "",
    "Over the plan's window, for each analysed child with days in care and proceedings recorded (the cost population):",
    "",
    "cost = days in care × day rate (by placement group where available) + proceedings issued (0/1) × `proceedings` + for a child of the FGC arm: (`referral` + `conference` if the family held its conference) ÷ the family's children in the cost population.",
    "",
    "- A family held its conference when any of its children has `fgc_held` = 1; a family's referral and conference costs are thus counted once in full, whatever its size.",
    "- Referral and conference are costs of the FGC arm only (intention to treat). A control family's conference (a crossover) shows in resource use but is not costed.",
    "- Costs are in the file's price year.",
    "",
    "### Discounting",
    "",
    "Costs in later years of follow-up are discounted at the plan's `discountRate` (default 0.035, 3.5% a year, the HM Treasury Green Book rate; 0 for none), as present values in the file's price year:",
    "",
    "- Day d after the index date (d = 1 … W) is in year ⌈d/365⌉: year 1 is days 1–365, year 2 days 366–730, and so on (the last year may be short). A cost in year y is multiplied by 1/(1 + rate)^(y − 1): 1 in year 1, 1/1.035 = 0.9662 in year 2, 1/1.035² = 0.9335 in year 3 at the default rate.",
    "- Days in care: each year's days in care (by placement group where the day rates are) × the day rate × the year's factor. `fgc link` and `fgc trial DIR` derive the days by year for a window beyond 365 days, in the columns `days_in_care_y<y>` and `days_in_care_<group>_y<y>` (each year's groups add up to its days, the years to `days_in_care_12m`).",
    "- Care proceedings: the proceedings cost × the factor of the year of the first application issued in the window (column `proceedings_year`).",
    "- Referral and conference: year 1, undiscounted: they happen at the index.",
    "- The default 365-day window lies within year 1, so nothing is discounted and costs are exactly the undiscounted ones. A window beyond 365 days exists only for a folder of extracts (an analysis-ready file holds 365-day outcomes); `results.json` echoes the rate and whether it was applied (`costs.discounting`), and the report's *Costs and savings* and the terminal line state it.",
    "",
    "### Estimates",
    "",
    "`results.json` gets the outcome `cost_12m` (named after the window: `cost_<months>m`, or `cost_<days>d`) in `estimates`: `mean_fgc` and `mean_control` (arm means, cluster-robust HC1 SE), `mean_difference` unadjusted (Welch), adjusted (the days-in-care linear model: the plan's fixed effects and covariates, SE clustered by the plan's cluster, HC1 as R's `sandwich::vcovCL`), and by the cluster bootstrap (`cluster_bootstrap_percentile`, `cluster_bootstrap_bca`; the plan's seed + 1 and replicates, as the sensitivity bootstrap). Cost estimates are not in the multiplicity family. The `costs` block holds the unit costs with their sources, resource use and costs per arm, the bootstrap replicates of both differences (the cost-effectiveness plane), the probability that referral saves money (share of replicates with a cost difference below 0) and the projection.",
    "",
    "### National projection",
    "",
    "`--national-children N` (a positive whole number; only with unit costs): N × the adjusted cost difference per child, with N × its interval, and N × −(the primary outcome's adjusted risk difference) children kept out of care (for a primary outcome of looked after or entered care). Both are labelled as a projection: they assume the trial's effect and costs transfer to all N children, and the interval ignores any uncertainty in N. There is no default N: no single published figure gives the number of children whose families enter pre-proceedings in England in a year.",
  ].join("\n");
}

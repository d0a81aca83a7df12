// The catalogue of validation rules. Every Issue names one of these ids; messages and the data
// dictionary are built from here, so wording changes in one place. Tests assert rule ids, rows and
// columns, not message text.
import type { Severity } from "./severity.js";

export interface Rule {
  title: string;
  severity: Severity;
  /** One line an analyst can act on. */
  explanation: string;
}

/**
 * The catalogue of validation rules, keyed by rule id: each rule's title, the columns it reads,
 * its severity and a one-line explanation. Messages and the data dictionary are built from it.
 * @example
 * ```ts
 * import { rules } from "fgc-toolkit";
 * rules["episode-dates-order"].severity; // => "error"
 * ```
 */
export const rules = {
  // File-level rules (io/).
  "file-empty": {
    title: "Empty file",
    severity: "error",
    explanation: "The file has no bytes or no header line.",
  },
  "file-header-only": {
    title: "Header only",
    severity: "warning",
    explanation: "The file has a header but no data rows.",
  },
  "file-not-utf8": {
    title: "Not UTF-8",
    severity: "error",
    explanation: "Save the file as UTF-8 (Excel: CSV UTF-8).",
  },
  "file-format-mismatch": {
    title: "Format does not match the name",
    severity: "error",
    explanation:
      "The file's content is another format than its extension says (e.g. an Excel workbook named .csv).",
  },
  "file-too-large": {
    title: "File too large",
    severity: "error",
    explanation: "The file is larger than the toolkit will load into memory; split it or raise --max-bytes.",
  },
  "file-unreadable": {
    title: "Unreadable file",
    severity: "error",
    explanation: "The file could not be parsed in its format.",
  },
  "quote-unclosed": {
    title: "Quote never closed",
    severity: "error",
    explanation:
      "A quoted CSV/TSV cell opens on the line given and never closes, so every line after it was swallowed into one cell; the file is not read. Close the quote (or remove it) and load the file again.",
  },
  "table-too-wide": {
    title: "Too many columns",
    severity: "error",
    explanation:
      "A row has more cells than the column limit, Excel's own (see Reading limits); the file is not read. Check the delimiter and the line endings.",
  },
  "cell-too-large": {
    title: "Cell too long",
    severity: "error",
    explanation:
      "A cell is longer than the cell limit (see Reading limits), often a quote that never closes; the file is not read.",
  },
  "row-too-long": {
    title: "Line too long",
    severity: "error",
    explanation:
      "A line of a CSV/TSV file is longer than the line limit (see Reading limits), often a file with no line breaks; the file is not read.",
  },
  "xlsx-expanded-too-large": {
    title: "Workbook expands too far",
    severity: "error",
    explanation:
      "The workbook's zip declares more uncompressed bytes or entries than the toolkit will inflate (see Reading limits); it is refused before anything is inflated. Save the sheet as CSV UTF-8.",
  },
  "xlsx-formula-no-value": {
    title: "Formula without a saved value",
    severity: "error",
    explanation:
      "A cell holds a formula but the workbook saved no result for it (written by a program that does not calculate); open and save it in Excel, or paste the values, then load it again.",
  },
  "json-column-length": {
    title: "JSON columns of different lengths",
    severity: "error",
    explanation:
      "In columnar JSON every column must hold one value per row; a shorter column would leave its last rows blank. The file is not read.",
  },
  "json-key-duplicate": {
    title: "Key repeated in a JSON object",
    severity: "error",
    explanation:
      "A row object names the same key twice; JSON.parse would silently keep the last value. The row is rejected.",
  },
  "json-number-imprecise": {
    title: "JSON number not read exactly",
    severity: "error",
    explanation:
      "A JSON number keeps about 15 significant digits, so an integer past 9,007,199,254,740,991 (or a number out of range, like 1e400) would be read as another number: 9510360667454694808 would become 9510360667454695000, another id. Write ids as strings, in quotes. The row is rejected. (Fractions are read to 15 significant digits, as Excel shows them.)",
  },
  "json-value-nested": {
    title: "Object or array in a JSON cell",
    severity: "error",
    explanation:
      "A cell holds an object or array instead of a single value (string, number, true, false or null); it is not read as its JSON text. The row is rejected.",
  },
  "schema-unknown": {
    title: "Schema not recognised",
    severity: "error",
    explanation: "The header matches no known table; pass --schema NAME.",
  },
  // Column-level rules.
  "column-missing": {
    title: "Required column missing",
    severity: "error",
    explanation: "Add the column, spelt as the data dictionary spells it.",
  },
  "column-unknown": {
    title: "Unknown column",
    severity: "warning",
    explanation: "The column is not in the schema and will be ignored.",
  },
  "column-duplicate": {
    title: "Column repeated",
    severity: "error",
    explanation: "Two columns have the same name.",
  },
  "row-extra-cells": {
    title: "More cells than columns",
    severity: "error",
    explanation:
      "The row has values beyond the last header column; check for stray delimiters or a missing header.",
  },
  "file-delimiter": {
    title: "Another delimiter",
    severity: "error",
    explanation:
      "The header reads as one column holding semicolons, tabs or pipes: the file is separated by another character than its name says. Save it as comma-separated CSV (Excel: CSV UTF-8), or name a tab-separated file .tsv.",
  },
  "row-short": {
    title: "Fewer cells than columns",
    severity: "error",
    explanation:
      "A CSV/TSV row has fewer cells than the header has columns: a line cut short, a lost delimiter or a line break inside an unquoted cell. The row is rejected rather than padded with blanks; the issue names the first column with no cell.",
  },
  // Cell-level rules.
  "value-missing": {
    title: "Required value blank",
    severity: "error",
    explanation: "This column may not be blank.",
  },
  "value-type": {
    title: "Wrong type",
    severity: "error",
    explanation: "The value is not of the column's type (whole number, number, yes/no …).",
  },
  "value-range": {
    title: "Out of range",
    severity: "error",
    explanation: "The value is outside the column's allowed range.",
  },
  "date-unparseable": {
    title: "Not a date",
    severity: "error",
    explanation: "Write dates as dd/mm/yyyy or yyyy-mm-dd.",
  },
  "date-impossible": {
    title: "Impossible date",
    severity: "error",
    explanation: "The date does not exist (e.g. 31/02/2021).",
  },
  "date-month-first": {
    title: "Month/day order",
    severity: "error",
    explanation:
      "The date reads only as month/day/year (12/25/2024: there is no month 25), as a spreadsheet set to US English writes it. Write dd/mm/yyyy (25/12/2024); check the file's other dates, which may have been swapped without an error (03/04/2024).",
  },
  "date-before-1900": {
    title: "Date before 1900",
    severity: "error",
    explanation:
      "No date in these data is before 01/01/1900; a year such as 0023 or 1023 is a typing slip (write all four digits, e.g. 2023).",
  },
  "date-future": {
    title: "Date in the future",
    severity: "error",
    explanation: "The date is after the extract (reference) date.",
  },
  "code-unknown": {
    title: "Code not in its list",
    severity: "error",
    explanation: "Use a code from the list named in the data dictionary.",
  },
  "code-spelling": {
    title: "Code read from another spelling",
    severity: "warning",
    explanation:
      "An la-return breakdown, category or measure written another way (another case, spaces or hyphens for underscores, or a spelling its list names: WHITE, under 1, 1-4, 16+, Y/N, disabled, children_offered_fgc) is read as the list's code; the warning names the spelling found and the code it was read as, at the first row spelling it so. Write the code as the data dictionary lists it to silence it.",
  },
  "code-year": {
    title: "Code not valid in the collection year",
    severity: "error",
    explanation:
      "The code is on the list of another collection year (PLACE K3 from 2024-25; H5, P2 and Z1 until 2024-25; Z11–Z14 from 2025-26; SEX 1/2 until 2023-24, M/F/U from 2024-25). The year is the one given with --collection-year, else the year of the row's latest date.",
  },
  // Cross-row rules.
  "key-duplicate": {
    title: "Duplicate key",
    severity: "error",
    explanation: "Two rows have the same key; each key may appear once.",
  },
  // Table rules (schema/tables/*-check.ts).
  "value-format": {
    title: "Wrong format",
    severity: "error",
    explanation:
      "The value does not have the column's format (an LA code like E06000001; a period like 2023-24).",
  },
  "episode-overlap": {
    title: "Overlapping episodes",
    severity: "error",
    explanation:
      "A child's episode starts before the previous one ends; a child has one episode at a time (X1 chains end and start on the same day).",
  },
  "episode-dates-order": {
    title: "Episode ends before it starts",
    severity: "error",
    explanation: "DEC is before DECOM; check both dates.",
  },
  "episode-before-birth": {
    title: "Episode starts before birth",
    severity: "error",
    explanation: "DECOM is before the child's date of birth; check DECOM and the child's dob.",
  },
  "episode-end-incomplete": {
    title: "DEC and REC disagree",
    severity: "error",
    explanation: "Give DEC and REC together when an episode has ended, and neither while it is open.",
  },
  "episode-x1-no-continuation": {
    title: "X1 without a next episode",
    severity: "warning",
    explanation: "REC X1 means a new episode starts on the DEC day; none was found for the child.",
  },
  "fgc-dates-order": {
    title: "FGC dates out of order",
    severity: "error",
    explanation: "An FGC record's dates must run referral ≤ offer ≤ conference ≤ review.",
  },
  "fgc-record-inconsistent": {
    title: "FGC record inconsistent",
    severity: "error",
    explanation:
      "The status, answer, decline reason and conference date of an FGC record contradict each other.",
  },
  "court-dates-order": {
    title: "Final order before issue",
    severity: "error",
    explanation: "final_order_date is before issue_date.",
  },
  "court-order-incomplete": {
    title: "Final order without its date",
    severity: "error",
    explanation: "Give final_order and final_order_date together, or neither while proceedings continue.",
  },
  "return-offered-above-entering": {
    title: "More offered than entering",
    severity: "warning",
    explanation:
      "More families or children were offered an FGC than entered pre-proceedings; check the counting period.",
  },
  "return-stage-order": {
    title: "Return counts out of order",
    severity: "error",
    explanation:
      "A later stage counts more than the stage it follows (accepted ≤ offered, held ≤ accepted, outcomes ≤ children entering).",
  },
  "return-numerator-above-denominator": {
    title: "Numerator above its denominator",
    severity: "warning",
    explanation:
      "A rate's numerator counts more than its denominator for the same authority, period, breakdown and category (e.g. held above offered, as a meeting held without a recorded offer gives); the rate is shown as not available (:) until either count is corrected.",
  },
  "return-period-overlap": {
    title: "Overlapping periods",
    severity: "error",
    explanation:
      "Two different periods share days, so trends and totals would count families twice; give each return one non-overlapping period.",
  },
  "return-la-unknown": {
    title: "LA code in no list",
    severity: "error",
    explanation:
      "The code is neither a current nor a retired authority's DfE (e.g. 202) or GSS code (e.g. E09000007).",
  },
  "return-la-unknown-allowed": {
    title: "LA code in no list, allowed",
    severity: "warning",
    explanation:
      "The code is in no list of authorities (a fictional or test LA, such as the samples' 999), and unknown codes were allowed: its cells are kept as an area of their own, named by the code.",
  },
  "return-la-retired": {
    title: "Retired LA code",
    severity: "warning",
    explanation:
      "The authority no longer exists; its figures are kept as its own area and its successors are named.",
  },
  "return-count-suppressed": {
    title: "Suppressed count where a count is needed",
    severity: "error",
    explanation:
      "The analysis needs the true count; a published return with `c` cannot be compared. Use the unsuppressed return (fgc return --threshold 0).",
  },
  "return-disclosure-unprotected": {
    title: "Small count that disclosure control cannot protect",
    severity: "error",
    explanation:
      "No complementary cell keeps this suppressed count's feasible range at least plan.protection wide given everything published, so the comparison is refused rather than risk disclosing a family. Lower the plan's protection or threshold, or leave the breakdown out of the return.",
  },
  "trial-outcome-inconsistent": {
    title: "Trial outcomes disagree",
    severity: "error",
    explanation:
      "The outcome columns of one child describe no possible care timeline: entered_care_12m is 1 exactly when care_event is 1 with time_to_care_days ≤ 365; an entry on day t gives 1 to 366 − t days in care (at most 365 − t if not looked after on day 365); no entry gives 0 days and not looked after on day 365 (unless already_looked_after is 1); care_event 0 before day 365 means censored, so the 12-month outcomes are blank.",
  },
  "trial-family-mixed": {
    title: "Family split across arms",
    severity: "error",
    explanation: "Randomisation is by family: all children of a family share arm and la_code.",
  },
  "trial-control-fgc-held": {
    title: "Conference in the control arm",
    severity: "warning",
    explanation:
      "A control-arm child had a conference (crossover); intention-to-treat keeps the child in control.",
  },
  // Trial design rules (trial/design-checks.ts).
  "family-split-across-arms": {
    title: "Family split across arms",
    severity: "error",
    explanation: "Randomisation was by family: every child of a family must have the same arm.",
  },
  "arm-missing": {
    title: "An arm is missing",
    severity: "error",
    explanation: "The trial file must hold children of both arms, fgc and control.",
  },
  "already-looked-after": {
    title: "Looked after at the index date",
    severity: "warning",
    explanation:
      "The child was already looked after on the index date; the plan's population.excludeAlreadyLookedAfter leaves such children out.",
  },
  "outcome-missing": {
    title: "Outcome missing",
    severity: "warning",
    explanation:
      "The child's follow-up ends before the window, so the outcome is missing and the child is left out of that outcome's analysis.",
  },
  // Linking extracts (jobs/read-link-inputs.ts, fgc link).
  "link-file-unrecognised": {
    title: "Data file not recognised",
    severity: "error",
    explanation:
      "A data file in the folder of extracts has a header that matches none of the known tables (or cannot be read): it may be an extract with renamed columns, whose records would be missed. Rename its columns as the data dictionary spells them, or move it out of the folder.",
  },
  "link-file-ignored": {
    title: "File not an extract to link",
    severity: "warning",
    explanation:
      "The file is not one of the extracts fgc link joins (children, index-events, allocation, fgc-records, episodes, court); it is ignored.",
  },
  "link-extract-missing": {
    title: "Extract missing",
    severity: "error",
    explanation:
      "fgc link needs the children, index-events, allocation, fgc-records, episodes and court extracts in the folder; without one, its outcomes would read as a silent no.",
  },
  "episode-overlap-kept": {
    title: "Overlapping episodes kept",
    severity: "warning",
    explanation:
      "The episode starts before an earlier one of the child ends; linking keeps both and counts each day in care once.",
  },
  // Statutory returns in (io/cin-census, io/ssda903, returns/).
  "xml-malformed": {
    title: "Malformed XML",
    severity: "error",
    explanation:
      "The file is not well-formed XML at the line and column given; the file is not read. Fix or re-export it.",
  },
  "xml-no-root": {
    title: "XML without a root element",
    severity: "error",
    explanation:
      "The file holds an XML declaration, comments or a DOCTYPE but no root element (it ends first, or its first MiB holds none); it is not read.",
  },
  "xml-entity-unsupported": {
    title: "Entity reference in XML",
    severity: "error",
    explanation:
      "The XML uses an entity reference other than `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` or a character reference: entities declared in a DOCTYPE are never expanded (a file could expand to gigabytes), so the value cannot be read and the file is not read. Re-export it without custom entities.",
  },
  "xml-text-too-long": {
    title: "Overlong run in XML",
    severity: "error",
    explanation:
      "A text node, attribute, comment or whitespace run is longer than the reader's limit (1 MiB); no statutory return holds one, so the file is not read rather than held in memory.",
  },
  "xml-element-repeated": {
    title: "Element given twice",
    severity: "error",
    explanation:
      "An element the return's layout allows once in its parent (a child's LAchildID or PersonBirthDate, an episode's DECOM, a HEADER's DOB …) is given twice with different values, so which one is meant is unknown: the child (CIN census), or the HEADER or EPISODE (SSDA903; all the CHILD's episodes when CHILDID is the element), is left out with this error, and a repeat in the census header stops the file. The same value given twice is read once, with a warning.",
  },
  "return-file-unrecognised": {
    title: "File not recognised",
    severity: "error",
    explanation:
      "The file in the returns folder is neither a CIN census, an SSDA903 XML return nor an SSDA903 table (by its columns). Remove it or leave it out with --exclude; nothing is written until every file is used or excluded.",
  },
  "return-file-unreadable": {
    title: "File cannot be opened",
    severity: "error",
    explanation:
      "A path in the returns folder cannot be read: a symbolic link to nothing, a device or pipe, or no permission. Fix it or leave it out with --exclude.",
  },
  "return-file-unread": {
    title: "File not read to its end",
    severity: "error",
    explanation:
      "A return in the folder could not be read completely (its other problems say why); the FGC return is never counted from part of the files.",
  },
  "return-file-duplicate": {
    title: "File reached twice",
    severity: "warning",
    explanation:
      "Two paths in the returns folder (one through a symbolic link) lead to the same file or folder; it is read once, under its first path.",
  },
  "return-lea-invalid": {
    title: "LEA not an LA code",
    severity: "error",
    explanation:
      "The census header's Source/LEA is neither a DfE 3-digit LA code (e.g. 202) nor a 9-character GSS code (e.g. E09000007); it names the return's LA and its output file, so the file is not read.",
  },
  "return-collection-other": {
    title: "Census of another collection",
    severity: "error",
    explanation:
      "The XML's CollectionDetails/Collection is not CIN (e.g. a school census); the file is ignored.",
  },
  "return-la-mixed": {
    title: "Returns of two LAs",
    severity: "error",
    explanation: "The census files carry different LEA codes; put one LA's returns in a folder.",
  },
  "return-version-conflict": {
    title: "Record differs between returns",
    severity: "warning",
    explanation:
      "The same record (child, letter or episode) has different values in two returns; the rule named in the message chose the version used.",
  },
  "return-no-letters": {
    title: "No letters in the period",
    severity: "error",
    explanation:
      "No pre-proceedings block has an LBPSentDate in the period; check --period and the census years in the folder.",
  },
  "return-period-before-census": {
    title: "Period before the earliest census",
    severity: "warning",
    explanation:
      "The period starts before the collection year of the earliest census in the folder: a child sent a letter then is counted only if a later census still holds the block, so the counts may be incomplete. Add the census of the period.",
  },
  "pp-letter-missing": {
    title: "Block without a letter date",
    severity: "warning",
    explanation:
      "A PreProceedingsandFGDM block has no LBPSentDate, so it cannot be an index event or be matched across years; it is left out.",
  },
  "pp-court-before-letter": {
    title: "Court application before the letter",
    severity: "error",
    explanation:
      "CourtAppDate is before the block's LBPSentDate; the CourtAppDate is disregarded. Check both dates.",
  },
  "pp-held-without-offer": {
    title: "FGDM held but not offered",
    severity: "warning",
    explanation:
      "FGDMMeetingFac is true while FGDMMeetingOffer is not; the meeting counts as held and not as offered.",
  },
  "pp-offer-missing": {
    title: "FGDM offer not recorded",
    severity: "warning",
    explanation: "FGDMMeetingOffer is absent; the child counts as not offered.",
  },
  "return-family-missing": {
    title: "Child not in the family lookup",
    severity: "warning",
    explanation:
      "A child of the return's population has no row in the child-to-family lookup; it is counted as a family of its own.",
  },
  // Unit-cost files of `fgc trial --costs` (trial/costs/unit-costs.ts).
  "cost-item-missing": {
    title: "Unit cost missing",
    severity: "error",
    explanation:
      "The unit-cost file has no row for an item the cost analysis needs (day_in_care, or the four day_in_care_<group> items for a folder of extracts; proceedings, conference, referral).",
  },
  "cost-item-unknown": {
    title: "Unknown unit-cost item",
    severity: "error",
    explanation:
      "The item is not one of day_in_care, day_in_care_foster, day_in_care_kin, day_in_care_residential, day_in_care_other, proceedings, conference, referral.",
  },
  "cost-item-duplicate": {
    title: "Unit-cost item repeated",
    severity: "error",
    explanation: "Each item appears once in the unit-cost file; delete the extra row.",
  },
  "cost-value-invalid": {
    title: "Cost not a number of pounds at least 0",
    severity: "error",
    explanation:
      "Write the cost as a plain number of pounds (e.g. 123.45), without £ or commas; never negative.",
  },
  "cost-source-blank": {
    title: "Unit cost without a source",
    severity: "error",
    explanation:
      "Every unit cost names where it comes from (publication, table, year), so a reader can check it.",
  },
  "cost-price-year-invalid": {
    title: "Price year not a year",
    severity: "error",
    explanation: "Write the price year as a year (2024) or a financial year (2023-24 or 2023/24).",
  },
  "cost-price-year-mixed": {
    title: "Unit costs in different price years",
    severity: "error",
    explanation:
      "All unit costs must be in one price year, so that their sum is in that year's prices: inflate the older costs (e.g. with the PSSRU inflation indices) and write one price year.",
  },
  // fgc meta: the studies file (meta/read-studies.ts).
  "meta-input-kind": {
    title: "No single kind of effect columns",
    severity: "error",
    explanation:
      "A studies file gives each study's effect in one way for every row: counts a, n1, c, n0; or estimate, lower, upper (and level); or yi, vi. Fill one set, leave the others out.",
  },
  "meta-interval-order": {
    title: "Interval limits out of order",
    severity: "error",
    explanation: "upper must be above lower, and the estimate between them; check for swapped columns.",
  },
  "meta-ratio-not-positive": {
    title: "Ratio not above 0",
    severity: "error",
    explanation:
      "A hazard, risk or odds ratio and its limits are above 0 (write the ratio, not its log; or use yi, vi).",
  },
  "meta-variance-not-positive": {
    title: "Variance not above 0",
    severity: "error",
    explanation: "vi is a sampling variance (the squared standard error): it must be above 0.",
  },
  "meta-zero-cell": {
    title: "Empty cell, 0.5 added",
    severity: "warning",
    explanation:
      "The study has no events (or only events) in one arm: 0.5 is added to each of its four cells before its log ratio or difference and variance are computed (metafor's default); other studies are untouched.",
  },
  "meta-double-zero": {
    title: "No events in either arm",
    severity: "error",
    explanation:
      "Neither arm has an event (or every participant has one): the study says nothing about a ratio. Leave it out of the file and report that you did, or pool risk differences (--measure rd).",
  },
  "meta-too-few-studies": {
    title: "Fewer than two studies",
    severity: "error",
    explanation: "A meta-analysis pools at least two studies.",
  },
} satisfies Record<string, Rule>;

/** The id of a validation rule in the catalogue (`rules`), e.g. `episode-dates-order`. */
export type RuleId = keyof typeof rules;

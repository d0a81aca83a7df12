// The FGC return's definitions as data, so the data dictionary prints exactly what the code
// computes (issue 8). Choices where the issue leaves room are listed in `returnChoices`.
import type { Breakdown } from "./child-categories.js";
import type { ReturnMeasure } from "./return-measures.js";

export const returnLayout =
  "Long layout of the la-return schema: la_code, period, breakdown, category, measure, value. la_code is the census LEA (DfE 3-digit code); period is the financial year YYYY-YY; value is a count, `c` (suppressed) or `:` (not available).";

export const returnPopulation =
  "Children with a PreProceedingsandFGDM block whose LBPSentDate falls in the period (1 April to 31 March), each child once, at the earliest such letter in the period: its LBPSentDate is the index date and that block the index block.";

export const returnFollowUp =
  "Follow-up ends at the latest census ReferenceDate in the folder unless --follow-up-end gives another date. A child is followed for 12 months when index date + 365 days is on or before the follow-up end; the three outcome measures count followed children only, so a child seen for less than a year is never a silent 'no'. Their denominator is children_followed_12m of the same breakdown and category, written beside them: rates are outcome ÷ followed (as fgc areas computes them), never outcome ÷ entering.";

export const returnOutcomesNotAvailable =
  "When no child of a cell's category has been followed for 12 months (children_followed_12m is 0), the three outcome cells of that category are `:` (not available), never 0: there is no child to count them over. With the default follow-up end this is so in every category of the latest census's year, whose letters are less than a year old at its ReferenceDate; the terminal says so (\"12-month outcomes not yet available for 2024-25\"). When some but not all children of a category have been followed, the outcomes are counted over those followed, with children_followed_12m as the stated denominator, and the terminal says how many of how many children they cover and when follow-up will be complete: an interim figure an LA can use, read as a rate over the followed children (an early-letter cohort, so not yet the period's final figure). A `:` tells a reader that children_followed_12m is 0, so when disclosure control hides that count (`c`), the outcome cells are written `c` too.";

export const returnMeasureDefinitions: Readonly<Record<ReturnMeasure, string>> = {
  children_entering_pre_proceedings:
    "The population: children sent a letter before proceedings (LBPSentDate) in the period.",
  children_offered_fgdm:
    "Of those, children whose index block has FGDMMeetingOffer true (1/true). Absent counts as not offered, with a warning (pp-offer-missing).",
  children_fgdm_held:
    "Of those, children whose index block has FGDMMeetingFac (meeting facilitated) true. Held without an offer counts as held, with a warning (pp-held-without-offer).",
  children_followed_12m: "Of those, children whose index date + 365 days is on or before the follow-up end.",
  children_proceedings_12m:
    "Of the followed children (`:` when none is followed), those with a CourtAppDate on any of their blocks in (index date, index date + 365 days].",
  children_entered_care_12m:
    "Of the followed children (`:` when none is followed), those with an SSDA903 episode with RNE S and a legal status other than the short breaks V3/V4 whose DECOM is in (index date, index date + 365 days].",
  children_looked_after_12m:
    "Of the followed children (`:` when none is followed), those looked after on day index date + 365: an episode with a legal status other than V3/V4, DECOM on or before that day and DEC after it or blank.",
};

export const returnBreakdownDefinitions: Readonly<Record<Breakdown, Record<string, string>>> = {
  all: { all: "Every child in the population." },
  ethnicity: {
    white: "WBRI, WIRI, WOTH, WIRT, WROM (GROM read as WROM).",
    mixed: "MWBC, MWBA, MWAS, MOTH.",
    asian: "AIND, APKN, ABAN, AOTH.",
    black: "BCRB, BAFR, BOTH.",
    other: "CHNE, OOTH.",
    unknown: "REFU, NOBT, missing, or a code not on the DfE list.",
  },
  age_band: {
    unborn: "Birth date (PersonBirthDate, else ExpectedPersonBirthDate) after the index date.",
    under_1: "Under 1 whole year at the index date.",
    "1_4": "1 to 4 whole years at the index date.",
    "5_9": "5 to 9 whole years.",
    "10_15": "10 to 15 whole years.",
    "16_plus": "16 whole years or more.",
    unknown: "Neither PersonBirthDate nor ExpectedPersonBirthDate is given.",
  },
  sex: {
    M: "Sex M or 1 (GenderCurrent 1 in older censuses, read when Sex is absent).",
    F: "Sex F or 2 (GenderCurrent 2).",
    U: "Any other value or none (U; GenderCurrent 0 or 9).",
  },
  disability: {
    yes: "Any Disability code other than NONE is recorded.",
    no: "Only NONE is recorded.",
    unknown: "No Disabilities element is present (or it holds no Disability).",
  },
};

export const returnCategoriesRule =
  "Every category with at least one child in the population is written, with all seven measures; categories with no child are not written.";

export const returnDisclosure =
  "Counts 1 to N (default N = 5) are written `c`, as the DfE publishes children's social care statistics; 0 is a true zero and shown. Complementary cells are hidden (areas/disclosure.ts, the routine fgc areas uses) until no hidden count can be narrowed to a range less than 2 wide (at most N) from what the return publishes: the categories of each breakdown add up to the `all` cell, and in every category offered, held and followed are at most entering, and the three outcomes at most followed. --threshold 0 turns it off for internal use, and the terminal says so.";

export const returnMerging =
  "Files are recognised by content. A child's characteristics come from the latest census (by ReferenceDate) holding the child; a block is keyed by child and LBPSentDate and the latest census's version wins; an SSDA903 episode is keyed by CHILD and DECOM, a version with DEC filled in supersedes one without, otherwise the later return's version wins. A later version changing or removing a value is reported (return-version-conflict), never silently resolved.";

/** Choices made where the issue leaves room; they go into the data dictionary. */
export const returnChoices: readonly string[] = [
  "Characteristics are taken as a whole from the latest census holding the child (a blank there stays blank; the change is reported).",
  "A block without LBPSentDate cannot be keyed across years or be an index event: it is left out with a warning (pp-letter-missing), its CourtAppDate with it.",
  "Two blocks of one child with the same LBPSentDate in one census: the first is kept (key-duplicate).",
  "A census holds its collection year, the financial year ending on its ReferenceDate; a letter from before that year is in it only when the child is still in need then. A period that starts before the earliest census's collection year is counted from the letters found, with a warning that its counts may be incomplete (return-period-before-census) naming the censuses to add.",
  "Two censuses with the same ReferenceDate that disagree: an error (return-version-conflict, severity error); the one later in path order is used.",
  "A CourtAppDate before its block's LBPSentDate is reported (pp-court-before-letter) and disregarded.",
  "A date after the census ReferenceDate is reported (date-future) and disregarded, except ExpectedPersonBirthDate, which may rightly lie ahead.",
  "Overlapping SSDA903 episodes are reported (episode-overlap) and both kept: the outcomes ask whether any episode covers a day.",
  "An SSDA903 file's collection year is inferred from its latest DECOM or DEC (the 903 carries no year); it orders the files for merging and picks the PLACE code list (K3 from 2024-25; H5, P2, Z1 until 2024-25; Z11–Z14 from 2025-26).",
  "CIN LAchildID and 903 CHILD are joined as the same identifier; children found on one side only are counted in the match report.",
  "Sex comes from Sex, else GenderCurrent; an unknown Ethnicity code counts as unknown.",
  "An empty Disabilities element counts as unknown.",
  "The return is written when it can be computed; the exit code is 1 when any error was reported (as fgc trial), 0 otherwise. A file in the folder that is not used (below), a census without a readable ReferenceDate, census files of two LAs, no census and no letters in the period stop the run (exit 1, nothing written).",
  "Every file in the folder is used or left out on purpose. A file that is not a CIN census or an SSDA903 return (return-file-unrecognised), cannot be opened (return-file-unreadable), has no root element (xml-no-root), is malformed, not UTF-8 or not read to its end (xml-malformed, file-not-utf8, xml-entity-unsupported, xml-text-too-long, return-file-unread), is another collection (return-collection-other) or has an invalid LEA (return-lea-invalid) stops the run: exit 1, nothing written. `--exclude <pattern...>` leaves paths out: a glob against the path relative to the folder (`*` within a name, `**` across folders; a pattern without `/` matches the name at any depth); the summary lists what was left out.",
  "Files and folders that operating systems, Office and version control write by themselves (.DS_Store, ._ AppleDouble files, Thumbs.db, desktop.ini, ~$ lock files, .git/, .svn/, __MACOSX/ …) are not read, since no return is one; the summary names them in a note, so none goes unseen. Any other file, hidden (a name starting with a dot) or not, is read and must be a return or be excluded: a census saved as .cin.xml is never dropped.",
  "Symbolic links are followed, to files and to folders, also out of the folder. Each real file and folder (by device and inode, so through symbolic or hard links) is read once, under its first path in path order; another path to it is a warning (return-file-duplicate), so a link loop ends and nothing is counted twice.",
  "XML files are recognised by their root element after the prolog: a byte-order mark, the XML declaration, whitespace, comments, processing instructions and a DOCTYPE with or without an internal subset, within the first MiB. Entities declared in a DOCTYPE are never expanded (a few lines can expand to gigabytes); a reference to one in the data, other than `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and character references, is an error (xml-entity-unsupported), never read as a blank.",
  "XML returns are read as strict UTF-8 (the census's encoding): a byte that is not UTF-8 stops the file with its line (file-not-utf8), since a lenient reading would change the value (a child's LAchildID, say) without a word.",
  "No XML text, attribute, comment or whitespace run may pass 1 MiB (xml-text-too-long): no census value comes near it, and the reader never holds more than that whatever the file size.",
  "Source/LEA must be a DfE 3-digit LA code (e.g. 202) or a 9-character GSS code (e.g. E09000007), the la_code check of the la-return schema; anything else is an error naming file, line and value (return-lea-invalid) and the file is not read. An empty LEA leaves la_code blank with a note. The default output file is named only from a valid code.",
  "Warnings are about the period asked for: one about a child's letter is reported when it is the child's index letter (a later letter in the period, or one in another period, changes no count), one about a child's characteristics when the child is in the population, one about an episode when it meets the child's window (index date to index date + 365 days). The others are counted in a note (\"N warnings not shown\"). Errors are reported whatever record they are about (and stop the return), as are warnings about a file or about a block without a letter date, which might be in the period.",
  "--period is a financial year written 2023-24 or 202324 (the parser fgc areas uses); the return always writes it 2023-24.",
  "Neither return carries a family: with a child-to-family lookup (--families, columns child_id and family_id) the family measures of the la-return schema are written under breakdown all: families_entering_pre_proceedings (distinct families of the population), families_offered_fgc and families_fgc_held (a family with at least one child whose index block has FGDMMeetingOffer / FGDMMeetingFac true), and families_accepted_fgc as `:` (not available: the census has no acceptance item). A child missing from the lookup counts as a family of its own (return-family-missing).",
];

/**
 * The definitions of the FGC return's measures as Markdown, for the data dictionary.
 * @example
 * ```ts
 * import { returnDefinitionsMarkdown } from "fgc-toolkit";
 * returnDefinitionsMarkdown().split("\n")[0]; // => "## The FGC return from the CIN census and SSDA903 (`fgc return`)"
 * ```
 */
export function returnDefinitionsMarkdown(): string {
  const lines = [
    "## The FGC return from the CIN census and SSDA903 (`fgc return`)",
    "",
    returnLayout,
    "",
    `**Population.** ${returnPopulation}`,
    "",
    `**Follow-up.** ${returnFollowUp}`,
    "",
    `**Outcomes not yet available.** ${returnOutcomesNotAvailable}`,
    "",
    "| measure | definition |",
    "| --- | --- |",
  ];
  for (const [m, d] of Object.entries(returnMeasureDefinitions)) lines.push(`| \`${m}\` | ${d} |`);
  lines.push("", "| breakdown | category | definition |", "| --- | --- | --- |");
  for (const [b, cats] of Object.entries(returnBreakdownDefinitions))
    for (const [c, d] of Object.entries(cats)) lines.push(`| \`${b}\` | \`${c}\` | ${d} |`);
  lines.push(
    "",
    returnCategoriesRule,
    "",
    `**Disclosure control.** ${returnDisclosure}`,
    "",
    `**Several years.** ${returnMerging}`,
    "",
    "**Choices.**",
    "",
  );
  for (const c of returnChoices) lines.push(`- ${c}`);
  return `${lines.join("\n")}\n`;
}

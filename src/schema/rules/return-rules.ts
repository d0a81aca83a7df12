// Statutory returns in (io/cin-census, io/ssda903, returns/) and the la-return layout. Part of the rule catalogue (schema/rules.ts).
import type { Rule } from "../rule.js";

/** Rules of the catalogue: statutory returns in (io/cin-census, io/ssda903, returns/) and the la-return layout. */
export const returnRules = {
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
} satisfies Record<string, Rule>;

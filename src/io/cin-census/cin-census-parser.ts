// A streaming reader of the CIN census XML: text goes in chunk by chunk (`write`), the census
// comes out at `close`. Built on saxes, a SAX parser, so a 500 MB census is never held as a DOM:
// only the fields the toolkit uses are kept. Browser-safe; io/node/read-cin-census-file.ts feeds
// it from disk.
//
// Choices: element names are matched without namespace prefix; a date must be ISO yyyy-mm-dd
// (the census's format); a date after the header's ReferenceDate is reported (`date-future`) and
// disregarded, except ExpectedPersonBirthDate, which may rightly lie ahead; booleans read 1/0 or
// true/false; a file whose Collection is not CIN stops at the header (`return-collection-other`);
// malformed XML stops the file with its line and column (`xml-malformed`), and so do an entity
// reference (`xml-entity-unsupported`: DOCTYPE entities are never expanded) and an overlong run
// (`xml-text-too-long`, io/xml-stream.ts). Source/LEA must be a DfE 3-digit or GSS LA code, the
// check of the la-return schema's la_code, since it names the return and its output file; any
// other value, or a second LEA, stops the file (`return-lea-invalid`). An element the layout
// allows once in its parent (SINGLE_VALUED) given twice with another value is an error at the
// second's line (`xml-element-repeated`): the child is left out (a CHILD's records are decided
// when it closes), or, in the header, the file is not read; the same value twice is read once,
// with a warning. Values quoted in issues are shortened (util/shorten-value.ts).
import { SaxesParser } from "saxes";
import { dfeLaCodePattern, gssCodePattern } from "../../schema/checks/la-code-check.js";
import type { Issue } from "../../schema/issue.js";
import { type RuleId, rules } from "../../schema/rules.js";
import { firstPlausibleDay, parseDay } from "../../util/dates.js";
import { shortenValue } from "../../util/shorten-value.js";
import { StopParsing, type XmlStreamOptions, xmlStream } from "../xml-stream.js";
import type { CinCensus, CinChild, CinDetails, PreProceedingsBlock } from "./cin-census.js";
import { createElementRepeats, describeRepeat, sameValue } from "./element-repeats.js";
import { normaliseEthnicity } from "./normalise-ethnicity.js";
import { parseXmlBoolean } from "./parse-xml-boolean.js";

export interface CinCensusParser {
  /** True once the file stopped; the rest of the input need not be fed. */
  readonly stopped: boolean;
  /** Stop the file for a problem found outside the parser (bytes that are not UTF-8). */
  abort(rule: "file-not-utf8", message: string): void;
  /** Feed the next piece of text; ignored after a fatal problem. */
  write(chunk: string): void;
  /** End of input: the census read so far, with its issues. */
  close(): CinCensus;
}

const BLOCK_DATES = new Set([
  "PPStartDate",
  "LBPSentDate",
  "InitialPPMeetingDate",
  "StepDecisionDate",
  "CourtAppDate",
  "LetterInitCPDate",
]);
/**
 * The elements a parent holds at most once (DfE CIN census layout): those the reader keeps and
 * their containers. Repeating ones (Child, CINdetails, PreProceedingsandFGDM, Disability …) are not here.
 */
const SINGLE_VALUED = new Map<string, ReadonlySet<string>>([
  ["Message", new Set(["Header"])],
  ["Header", new Set(["CollectionDetails"])],
  ["CollectionDetails", new Set(["Collection", "Year", "ReferenceDate"])],
  ["Child", new Set(["ChildIdentifiers", "ChildCharacteristics"])],
  [
    "ChildIdentifiers",
    new Set([
      "LAchildID",
      "UPN",
      "FormerUPN",
      "UPNunknown",
      "PersonBirthDate",
      "ExpectedPersonBirthDate",
      "Sex",
      "GenderCurrent",
      "PersonDeathDate",
    ]),
  ],
  ["ChildCharacteristics", new Set(["Ethnicity", "Disabilities"])],
  [
    "CINdetails",
    new Set([
      "CINreferralDate",
      "ReferralSource",
      "PrimaryNeedCode",
      "CINclosureDate",
      "ReasonForClosure",
      "DateOfInitialCPC",
      "ReferralNFA",
    ]),
  ],
  [
    "PreProceedingsandFGDM",
    new Set([...BLOCK_DATES, "FGDMMeetingOffer", "FGDMMeetingFac", "ReviewMeetingsCount", "PPOutcome"]),
  ],
]);
/** Parents whose repeats are in the header: the whole file is in doubt. */
const HEADER_PARENTS = new Set(["Message", "Header", "CollectionDetails"]);
const SEX_CODES = new Set(["M", "F", "U", "1", "2"]);
const GENDER_CODES = new Set(["0", "1", "2", "9"]);

/**
 * @example const p = createCinCensusParser("cin-2024.xml"); p.write(xmlText); p.close().children.length
 */
export function createCinCensusParser(file: string, options: XmlStreamOptions = {}): CinCensusParser {
  const census: CinCensus = {
    file,
    header: { collection: null, year: null, referenceDay: null, lea: null },
    children: [],
    issues: [],
    complete: true,
    childLines: [],
  };
  const issues = census.issues;
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let child: CinChild | undefined;
  let details: CinDetails | undefined;
  let block: PreProceedingsBlock | undefined;
  let sawCollection = false;
  /** The current Child has an element given twice with another value: it is left out. */
  let childRepeated = false;
  const repeats = createElementRepeats((parent, name) =>
    SINGLE_VALUED.get(parent)?.has(name) ? name : undefined,
  );

  const issue = (
    rule: RuleId,
    line: number,
    column: string,
    value: string | undefined,
    message: string,
    severity = rules[rule].severity,
  ) => {
    const i: Issue = { rule, severity, file, row: line, column, message };
    if (value !== undefined) i.value = shortenValue(value);
    issues.push(i);
  };

  const date = (name: string, raw: string, line: number, future = true): number | null => {
    const v = parseDay(raw, ["iso"]);
    if (v === undefined) {
      issue("date-unparseable", line, name, raw, "not a yyyy-mm-dd date");
      return null;
    }
    if (v === null) {
      issue("date-impossible", line, name, raw, "the date does not exist");
      return null;
    }
    if (v < firstPlausibleDay) {
      issue("date-before-1900", line, name, raw, "before 1900-01-01; check the year is written in full");
      return null;
    }
    const ref = census.header.referenceDay;
    if (future && ref !== null && v > ref) {
      issue("date-future", line, name, raw, "after the census ReferenceDate; disregarded");
      return null;
    }
    return v;
  };

  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    stack.push(name);
    repeats.open(name, parser.line);
    text.clear();
    switch (name) {
      case "Child":
        census.childLines?.push(parser.line);
        childRepeated = false;
        child = {
          childId: "",
          line: parser.line,
          PersonBirthDate: null,
          ExpectedPersonBirthDate: null,
          Sex: null,
          GenderCurrent: null,
          Ethnicity: null,
          Disabilities: null,
          cinDetails: [],
        };
        break;
      case "Children":
        if (!sawCollection) {
          issue(
            "return-collection-other",
            parser.line,
            "Collection",
            undefined,
            "no CollectionDetails/Collection in the header; read as a CIN census",
            "warning",
          );
        }
        break;
      case "Disabilities":
        if (child) child.Disabilities = [];
        break;
      case "CINdetails":
        details = {
          line: parser.line,
          CINreferralDate: null,
          CINclosureDate: null,
          PrimaryNeedCode: null,
          blocks: [],
        };
        break;
      case "PreProceedingsandFGDM":
        block = {
          line: parser.line,
          PPStartDate: null,
          LBPSentDate: null,
          FGDMMeetingOffer: null,
          FGDMMeetingFac: null,
          InitialPPMeetingDate: null,
          ReviewMeetingsCount: null,
          StepDecisionDate: null,
          PPOutcome: null,
          CourtAppDate: null,
          LetterInitCPDate: null,
        };
        break;
    }
  });

  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    stack.pop();
    const parent = stack[stack.length - 1];
    const raw = text.take();
    const line = parser.line;
    const repeat = repeats.close(raw);
    if (repeat && !sameValue(repeat)) {
      const inHeader = HEADER_PARENTS.has(repeat.parent);
      issue(
        "xml-element-repeated",
        repeat.line,
        repeat.element,
        repeat.second ?? undefined,
        describeRepeat(repeat, inHeader ? "the file is not read" : "the child is left out"),
      );
      if (inHeader) {
        census.complete = false;
        throw new StopParsing();
      }
      childRepeated = true;
      return;
    }
    if (repeat)
      issue(
        "xml-element-repeated",
        repeat.line,
        repeat.element,
        repeat.second ?? undefined,
        describeRepeat(repeat, "read once"),
        "warning",
      );
    if (parent === "PreProceedingsandFGDM" && block) {
      if (raw === "") return;
      if (BLOCK_DATES.has(name)) {
        (block as unknown as Record<string, number | null>)[name] = date(name, raw, line);
      } else if (name === "FGDMMeetingOffer" || name === "FGDMMeetingFac") {
        const b = parseXmlBoolean(raw);
        if (b === undefined) issue("value-type", line, name, raw, "expected 1/0 or true/false");
        else block[name] = b;
      } else if (name === "ReviewMeetingsCount") {
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 0)
          issue("value-type", line, name, raw, "expected a whole number of meetings");
        else block.ReviewMeetingsCount = n;
      } else if (name === "PPOutcome") {
        block.PPOutcome = raw;
      }
      return;
    }
    switch (name) {
      case "PreProceedingsandFGDM":
        if (block && details) details.blocks.push(block);
        block = undefined;
        return;
      case "CINdetails":
        if (details && child) child.cinDetails.push(details);
        details = undefined;
        return;
      case "Child":
        if (child && !childRepeated) {
          if (child.childId === "")
            issue(
              "value-missing",
              child.line,
              "LAchildID",
              undefined,
              "a Child without LAchildID is left out",
            );
          else census.children.push(child);
        }
        child = undefined;
        return;
    }
    if (parent === "CINdetails" && details) {
      if (raw === "") return;
      if (name === "CINreferralDate" || name === "CINclosureDate") details[name] = date(name, raw, line);
      else if (name === "PrimaryNeedCode") details.PrimaryNeedCode = raw;
      return;
    }
    if (parent === "ChildIdentifiers" && child) {
      if (raw === "") return;
      switch (name) {
        case "LAchildID":
          child.childId = raw;
          return;
        case "PersonBirthDate":
          child.PersonBirthDate = date(name, raw, line);
          return;
        case "ExpectedPersonBirthDate":
          child.ExpectedPersonBirthDate = date(name, raw, line, false);
          return;
        case "Sex":
          child.Sex = raw.toUpperCase();
          checkSex(raw, line);
          return;
        case "GenderCurrent":
          child.GenderCurrent = raw;
          if (!GENDER_CODES.has(raw))
            issue("code-unknown", line, name, raw, "GenderCurrent is 0, 1, 2 or 9; read as U");
          return;
      }
      return;
    }
    if (child && (parent === "ChildCharacteristics" || parent === "Disabilities")) {
      if (name === "Ethnicity" && raw !== "") {
        const e = normaliseEthnicity(raw);
        child.Ethnicity = e.code;
        if (!e.known) issue("code-unknown", line, name, raw, "not a DfE ethnicity code; counted as unknown");
      } else if (name === "Disability" && raw !== "") {
        child.Disabilities ??= [];
        child.Disabilities.push(raw.toUpperCase());
      }
      return;
    }
    if (parent === "CollectionDetails") {
      if (name === "Collection") {
        sawCollection = true;
        census.header.collection = raw;
        if (raw.toUpperCase() !== "CIN") {
          issue(
            "return-collection-other",
            line,
            name,
            raw,
            `the file is a ${JSON.stringify(shortenValue(raw))} return, not the CIN census; it is not read`,
          );
          census.complete = false;
          throw new StopParsing();
        }
      } else if (name === "Year") {
        census.header.year = raw;
      } else if (name === "ReferenceDate") {
        census.header.referenceDay = date(name, raw, line, false);
      }
      return;
    }
    if (parent === "Source" && name === "LEA") readLea(raw, line);
  });

  /** The LEA names the return and its output file: a DfE or GSS code, or the file is not read. */
  function readLea(raw: string, line: number): void {
    const valid = raw === "" || dfeLaCodePattern.test(raw) || gssCodePattern.test(raw);
    const first = census.header.lea;
    if (valid && (first === null || first === raw)) {
      census.header.lea = raw;
      return;
    }
    issue(
      "return-lea-invalid",
      line,
      "LEA",
      raw,
      valid
        ? `a second LEA in the header, after ${JSON.stringify(first)}; the file is not read`
        : "not a DfE 3-digit LA code (e.g. 202) or a 9-character GSS code (e.g. E09000007); the file is not read",
    );
    census.complete = false;
    throw new StopParsing();
  }

  function checkSex(raw: string, line: number): void {
    const code = raw.toUpperCase();
    if (!SEX_CODES.has(code)) {
      issue("code-unknown", line, "Sex", raw, "Sex is M, F or U (1 or 2 before 2024-25); read as U");
      return;
    }
    const ref = census.header.referenceDay;
    // From 2024-25 (ReferenceDate 31 March 2025) Sex is M/F/U; 1/2 is the older coding.
    if (ref !== null && ref >= 20178 && (code === "1" || code === "2")) {
      issue(
        "code-unknown",
        line,
        "Sex",
        raw,
        `1/2 is the coding before 2024-25; read as ${code === "1" ? "M" : "F"}`,
        "warning",
      );
    }
  }

  const stream = xmlStream(
    parser,
    () => stack[stack.length - 1] ?? "(document)",
    (problem) => {
      issue(problem.rule, problem.line, problem.element, undefined, problem.message);
      census.complete = false;
    },
    options,
  );
  const text = stream.elementText();

  return {
    write: stream.write,
    get stopped() {
      return stream.stopped;
    },
    abort: stream.abort,
    close() {
      stream.finish();
      if (!census.complete) census.children = [];
      return census;
    },
  };
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

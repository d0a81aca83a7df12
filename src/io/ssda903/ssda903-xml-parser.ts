// A streaming reader of the SSDA903 XML return: EXPSSDA903 > CHILD > HEADER (CHILDID, SEX, DOB,
// ETHNIC …) + repeated EPISODE (DECOM, RNE, LS, CIN, PL, DEC, REC …), where CHILDID is CHILD and
// PL is PLACE [src: csc-validator-be-903 ingress.py, tests/fake_data/fake_903.xml]. Built on
// saxes, so no DOM is held. Browser-safe.
//
// Choices: dates dd/mm/yyyy as the return writes them, yyyy-mm-dd accepted; codes checked against
// the union of every year's list (the year check runs in returns/); an episode without a readable
// DECOM, or with a code off its list, is left out with its issue (as validation does for the CSV);
// malformed XML stops the file (`xml-malformed`, line and column), as do an entity reference and
// an overlong run (io/xml-stream.ts). CDATA is read as text. A field given twice with another
// value in one HEADER or EPISODE (`xml-element-repeated`, at the second's line) leaves that
// HEADER or EPISODE out; a CHILDID given twice, or a second HEADER, leaves the whole CHILD out,
// each episode with its issue, since whose episodes they are is in doubt. So a CHILD's records
// are kept until it closes. An EPISODE outside any CHILD has no CHILDID.
import { SaxesParser } from "saxes";
import { legalStatusCodes } from "../../schema/codes/legal-status-codes.js";
import { placementTypeCodes } from "../../schema/codes/placement-type-codes.js";
import { reasonEpisodeCeasedCodes } from "../../schema/codes/reason-episode-ceased-codes.js";
import { rneCodes } from "../../schema/codes/rne-codes.js";
import type { Issue } from "../../schema/issue.js";
import { type RuleId, rules } from "../../schema/rules.js";
import { episodesSpec } from "../../schema/tables/episodes.js";
import { appendAll } from "../../util/append-all.js";
import { parseDay } from "../../util/dates.js";
import { monthFirstMessage } from "../../util/month-first-date.js";
import { shortenValue } from "../../util/shorten-value.js";
import { type XmlStreamOptions, xmlStream } from "../xml-stream.js";
import { createElementRepeats, describeRepeat, sameValue } from "../cin-census/element-repeats.js";
import { normaliseEthnicity } from "../cin-census/normalise-ethnicity.js";
import type { Ssda903Child, Ssda903Episode, Ssda903File } from "./ssda903.js";
import { normaliseSex } from "./normalise-sex.js";

export interface Ssda903XmlParser {
  /** True once the file stopped; the rest of the input need not be fed. */
  readonly stopped: boolean;
  /** Stop the file for a problem found outside the parser (bytes that are not UTF-8). */
  abort(rule: "file-not-utf8", message: string): void;
  write(chunk: string): void;
  close(): Ssda903File;
}

const codeLists: Record<string, Record<string, string>> = {
  RNE: rneCodes.codes,
  LS: legalStatusCodes.codes,
  PLACE: placementTypeCodes.codes,
  REC: reasonEpisodeCeasedCodes.codes,
};

/** The fields a HEADER or EPISODE holds once, by key (CHILD is CHILDID, PL is PLACE); a CHILD has one HEADER. */
const SINGLE_VALUED = new Map<string, ReadonlyMap<string, string>>([
  ["CHILD", new Map([["HEADER", "HEADER"]])],
  [
    "HEADER",
    new Map([
      ["CHILDID", "CHILDID"],
      ["CHILD", "CHILDID"],
      ...["SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"].map((n): [string, string] => [n, n]),
    ]),
  ],
  [
    "EPISODE",
    new Map([
      ["PL", "PLACE"],
      ...[
        // the Episodes table's columns (schema/tables/episodes.ts), and the placement details
        // the XML return carries beyond them
        ...episodesSpec.columns.map((c) => c.name).filter((n) => n !== "CHILD"),
        "PL_DISTANCE",
        "PL_LA",
        "PL_LOCATION",
      ].map((n): [string, string] => [n, n]),
    ]),
  ],
]);

/** @example const p = createSsda903XmlParser("903.xml"); p.write(xml); p.close().episodes.length */
export function createSsda903XmlParser(file: string, options: XmlStreamOptions = {}): Ssda903XmlParser {
  const out: Ssda903File = { file, format: "xml", episodes: [], children: [], issues: [], complete: true };
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let childId = "";
  let header: Record<string, string> | undefined;
  let headerLine = 0;
  let episode: Record<string, string> | undefined;
  let episodeLine = 0;
  /** Inside a CHILD record (not the CHILD that names CHILDID in a HEADER): its records wait here. */
  let inChild = false;
  let pendingChildren: Ssda903Child[] = [];
  let pendingEpisodes: Ssda903Episode[] = [];
  /** Line of a repeat that puts the CHILD's id in doubt (CHILDID twice, a second HEADER); 0 when none. */
  let idRepeatLine = 0;
  let headerRepeated = false;
  let episodeRepeated = false;
  const repeats = createElementRepeats((parent, name) => SINGLE_VALUED.get(parent)?.get(name));

  const issue = (
    rule: RuleId,
    row: number,
    column: string,
    value: string | undefined,
    message: string,
    severity = rules[rule].severity,
  ) => {
    const i: Issue = { rule, severity, file, row, column, message };
    if (value !== undefined) i.value = shortenValue(value);
    out.issues.push(i);
  };
  const day = (name: string, raw: string | undefined, row: number): number | null | undefined => {
    if (raw === undefined || raw === "") return null;
    const v = parseDay(raw, ["uk", "iso"]);
    const monthFirst = v === undefined || v === null ? monthFirstMessage(raw) : undefined;
    if (monthFirst !== undefined) issue("date-month-first", row, name, raw, monthFirst);
    else if (v === undefined) issue("date-unparseable", row, name, raw, "not a dd/mm/yyyy date");
    else if (v === null) issue("date-impossible", row, name, raw, "the date does not exist");
    else return v;
    return undefined;
  };

  parser.on("opentag", (tag) => {
    const name = tag.name;
    const parent = stack[stack.length - 1];
    stack.push(name);
    repeats.open(name, parser.line);
    text.clear();
    if (name === "CHILD" && parent !== "HEADER") {
      childId = "";
      inChild = true;
      idRepeatLine = 0;
    } else if (name === "HEADER") {
      header = {};
      headerLine = parser.line;
      headerRepeated = false;
    } else if (name === "EPISODE") {
      episode = {};
      episodeLine = parser.line;
      episodeRepeated = false;
    }
  });
  parser.on("closetag", (tag) => {
    const name = tag.name;
    stack.pop();
    const parent = stack[stack.length - 1];
    const raw = text.take();
    const repeat = repeats.close(raw);
    if (repeat && !sameValue(repeat)) {
      const idInDoubt = repeat.parent === "CHILD" || (repeat.parent === "HEADER" && repeat.key === "CHILDID");
      if (idInDoubt) idRepeatLine = repeat.line;
      else if (repeat.parent === "HEADER") headerRepeated = true;
      else episodeRepeated = true;
      const outcome = idInDoubt
        ? "the CHILD and its episodes are left out"
        : repeat.parent === "HEADER"
          ? "the HEADER is left out"
          : "the episode is left out";
      issue(
        "xml-element-repeated",
        repeat.line,
        repeat.element,
        repeat.second ?? undefined,
        describeRepeat(repeat, outcome),
      );
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
    if (name === "CHILD" && parent !== "HEADER") {
      closeChild();
      return;
    }
    if (parent === "HEADER" && header) {
      if (name === "CHILDID" || name === "CHILD") childId = raw;
      else header[name] = raw;
    } else if (parent === "EPISODE" && episode) {
      episode[name === "PL" ? "PLACE" : name] = raw;
    } else if (name === "HEADER" && header) {
      if (childId === "")
        issue("value-missing", headerLine, "CHILDID", undefined, "a CHILD without CHILDID is left out");
      else if (!headerRepeated) {
        const sex = header.SEX ?? "";
        const ethnic = header.ETHNIC ?? "";
        (inChild ? pendingChildren : out.children).push({
          CHILD: childId,
          SEX: sex === "" ? null : normaliseSex(sex),
          DOB: day("DOB", header.DOB, headerLine) ?? null,
          ETHNIC: ethnic === "" ? null : normaliseEthnicity(ethnic).code,
          file,
          row: headerLine,
        });
      }
      header = undefined;
    } else if (name === "EPISODE" && episode) {
      if (!episodeRepeated) addEpisode(episode, episodeLine);
      episode = undefined;
    }
  });

  /** A CHILD record closed: its HEADER and episodes are kept, unless its id is in doubt. */
  function closeChild(): void {
    if (idRepeatLine > 0) {
      for (const e of pendingEpisodes)
        issue(
          "xml-element-repeated",
          e.row,
          "CHILDID",
          undefined,
          `whose episode it is is in doubt: its CHILD gives CHILDID, or HEADER, twice (line ${idRepeatLine}); the episode is left out`,
        );
    } else {
      appendAll(out.children, pendingChildren);
      appendAll(out.episodes, pendingEpisodes);
    }
    pendingChildren = [];
    pendingEpisodes = [];
    inChild = false;
    childId = "";
  }

  function addEpisode(e: Record<string, string>, row: number): void {
    if (childId === "") {
      issue("value-missing", row, "CHILDID", undefined, "an EPISODE before its CHILDID is left out");
      return;
    }
    const decom = day("DECOM", e.DECOM, row);
    if (decom === null)
      issue("value-missing", row, "DECOM", undefined, "DECOM may not be blank; the episode is left out");
    const dec = day("DEC", e.DEC, row);
    if (decom === null || decom === undefined || dec === undefined) return;
    let unknown = false;
    const code = (column: string): string | null => {
      const v = (e[column] ?? "").toUpperCase();
      if (v === "") return null;
      const list = codeLists[column];
      if (list && !(v in list)) {
        unknown = true;
        issue(
          "code-unknown",
          row,
          column === "PLACE" ? "PL" : column,
          v,
          `not an SSDA903 ${column} code; the episode is left out`,
        );
      }
      return v;
    };
    const episode = {
      CHILD: childId,
      DECOM: decom,
      DEC: dec,
      RNE: code("RNE"),
      LS: code("LS"),
      CIN: code("CIN"),
      PLACE: code("PLACE"),
      REC: code("REC"),
      file,
      row,
    };
    // As the CSV Episodes table is validated: a row with a code off its list is not used.
    if (!unknown) (inChild ? pendingEpisodes : out.episodes).push(episode);
  }

  const stream = xmlStream(
    parser,
    () => stack[stack.length - 1] ?? "(document)",
    (problem) => {
      issue(problem.rule, problem.line, problem.element, undefined, problem.message);
      out.complete = false;
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
      if (!out.complete) {
        out.episodes = [];
        out.children = [];
      }
      return out;
    },
  };
}

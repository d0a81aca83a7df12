/**
 * A streaming reader of the SSDA903 XML return: EXPSSDA903 > CHILD > HEADER (CHILDID, SEX, DOB,
 * ETHNIC …) + repeated EPISODE (DECOM, RNE, LS, CIN, PL, DEC, REC …), where CHILDID is CHILD and
 * PL is PLACE [src: csc-validator-be-903 ingress.py, tests/fake_data/fake_903.xml]. Built on
 * saxes, so no DOM is held. Browser-safe.
 *
 * Choices: dates dd/mm/yyyy as the return writes them, yyyy-mm-dd accepted; codes checked against
 * the union of every year's list (the year check runs in returns/); an episode without a readable
 * DECOM, or with a code off its list, is left out with its issue (as validation does for the CSV); malformed XML stops the file (`xml-malformed`, line and column), as do an entity
 * reference and an overlong run (io/xml-stream.ts). CDATA is read as text.
 */
import { SaxesParser } from "saxes";
import { legalStatusCodes } from "../../schema/codes/legal-status-codes.js";
import { placementTypeCodes } from "../../schema/codes/placement-type-codes.js";
import { reasonEpisodeCeasedCodes } from "../../schema/codes/reason-episode-ceased-codes.js";
import { rneCodes } from "../../schema/codes/rne-codes.js";
import type { Issue } from "../../schema/issue.js";
import { type RuleId, rules } from "../../schema/rules.js";
import { parseDay } from "../../util/dates.js";
import { shortenValue } from "../shorten-value.js";
import { type XmlStreamOptions, xmlStream } from "../xml-stream.js";
import { normaliseEthnicity } from "../cin-census/normalise-ethnicity.js";
import type { Ssda903File } from "./ssda903.js";
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

/** @example const p = createSsda903XmlParser("903.xml"); p.write(xml); p.close().episodes.length */
export function createSsda903XmlParser(file: string, options: XmlStreamOptions = {}): Ssda903XmlParser {
  const out: Ssda903File = { file, format: "xml", episodes: [], children: [], issues: [], complete: true };
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let text = "";
  let childId = "";
  let header: Record<string, string> | undefined;
  let headerLine = 0;
  let episode: Record<string, string> | undefined;
  let episodeLine = 0;

  const issue = (rule: RuleId, row: number, column: string, value: string | undefined, message: string) => {
    const i: Issue = { rule, severity: rules[rule].severity, file, row, column, message };
    if (value !== undefined) i.value = shortenValue(value);
    out.issues.push(i);
  };
  const day = (name: string, raw: string | undefined, row: number): number | null | undefined => {
    if (raw === undefined || raw === "") return null;
    const v = parseDay(raw, ["uk", "iso"]);
    if (v === undefined) issue("date-unparseable", row, name, raw, "not a dd/mm/yyyy date");
    else if (v === null) issue("date-impossible", row, name, raw, "the date does not exist");
    else return v;
    return undefined;
  };

  parser.on("opentag", (tag) => {
    const name = tag.name;
    stack.push(name);
    text = "";
    if (name === "CHILD") childId = "";
    else if (name === "HEADER") {
      header = {};
      headerLine = parser.line;
    } else if (name === "EPISODE") {
      episode = {};
      episodeLine = parser.line;
    }
  });
  const addText = (t: string) => {
    if (text.length + t.length > stream.maxRun)
      stream.refuse(`the text of ${shortenValue(stack[stack.length - 1] ?? "(document)")}`);
    text += t;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", (tag) => {
    const name = tag.name;
    stack.pop();
    const parent = stack[stack.length - 1];
    const raw = text.trim();
    text = "";
    if (parent === "HEADER" && header) {
      if (name === "CHILDID" || name === "CHILD") childId = raw;
      else header[name] = raw;
    } else if (parent === "EPISODE" && episode) {
      episode[name === "PL" ? "PLACE" : name] = raw;
    } else if (name === "HEADER" && header) {
      if (childId === "")
        issue("value-missing", headerLine, "CHILDID", undefined, "a CHILD without CHILDID is left out");
      else {
        const sex = header.SEX ?? "";
        const ethnic = header.ETHNIC ?? "";
        out.children.push({
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
      addEpisode(episode, episodeLine);
      episode = undefined;
    }
  });

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
    if (!unknown) out.episodes.push(episode);
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

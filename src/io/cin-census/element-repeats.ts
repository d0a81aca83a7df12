// Finding an element given twice in one parent where the return's layout allows it once (a
// child's LAchildID, an episode's DECOM): a streaming reader keeps one value a field, so without
// this check the second occurrence would silently replace the first, or be ignored. The reader
// says which elements are single-valued in which parent (`keyOf`); the tracker follows the open
// elements and reports the second occurrence, with its line and both values. Browser-safe; used by
// the CIN census and the SSDA903 XML readers.
//
// Choices: only the names `keyOf` knows are remembered, so memory stays bounded by the layout
// whatever a file holds. Two names may share a key (the 903's CHILDID and CHILD). An element with
// child elements is a container: its text is not compared.
import { shortenValue } from "../../util/shorten-value.js";

/** The second occurrence of a single-valued element. */
export interface ElementRepeat {
  /** The element's name as written the second time. */
  element: string;
  /** The field it fills (its `keyOf` key: CHILDID for the 903's CHILD). */
  key: string;
  parent: string;
  /** Line of the second occurrence's start tag, and of the first's. */
  line: number;
  firstLine: number;
  /** The text of each occurrence (trimmed); null for a container. */
  first: string | null;
  second: string | null;
}

/** Which single-valued field `name` is in `parent`, or undefined when it may repeat (or is unknown). */
export type SingleValuedKey = (parent: string, name: string) => string | undefined;

export interface ElementRepeats {
  /** An element opened at `line` (after the parser's own stack is pushed). */
  open(name: string, line: number): void;
  /** The innermost open element closed with `text`: its repeat, if it is one. */
  close(text: string): ElementRepeat | undefined;
}

interface Frame {
  name: string;
  line: number;
  hasChildren: boolean;
  /** The single-valued children seen so far, by key. */
  seen: Map<string, { line: number; text: string | null }> | undefined;
}

/**
 * @example const repeats = createElementRepeats((p, n) => (p === "HEADER" && n === "DOB" ? n : undefined))
 */
export function createElementRepeats(keyOf: SingleValuedKey): ElementRepeats {
  const frames: Frame[] = [];
  return {
    open(name, line) {
      const parent = frames[frames.length - 1];
      if (parent) parent.hasChildren = true;
      frames.push({ name, line, hasChildren: false, seen: undefined });
    },
    close(text) {
      const frame = frames.pop();
      const parent = frames[frames.length - 1];
      if (!frame || !parent) return undefined;
      const key = keyOf(parent.name, frame.name);
      if (key === undefined) return undefined;
      const value = frame.hasChildren ? null : text;
      parent.seen ??= new Map();
      const first = parent.seen.get(key);
      if (first === undefined) {
        parent.seen.set(key, { line: frame.line, text: value });
        return undefined;
      }
      return {
        element: frame.name,
        key,
        parent: parent.name,
        line: frame.line,
        firstLine: first.line,
        first: first.text,
        second: value,
      };
    },
  };
}

/** The same text twice: the read is not in doubt (a container is never the same). */
export function sameValue(r: ElementRepeat): boolean {
  return r.first !== null && r.second !== null && r.first === r.second;
}

/**
 * The issue message: both values (shortened) and the first line; `outcome` says what became of
 * the record (a repeat of the same value is read once).
 * @example describeRepeat(r, "the child is left out") // 'DOB given twice in one HEADER: "01/01/2015" at line 7, then "02/02/2016"; the child is left out'
 */
export function describeRepeat(r: ElementRepeat, outcome: string): string {
  if (r.first === null || r.second === null)
    return `a second ${r.element} in one ${r.parent} (the first at line ${r.firstLine}); ${outcome}`;
  if (r.first === r.second)
    return `${r.element} given twice in one ${r.parent} with the same value ${quoted(r.second)} (the first at line ${r.firstLine}); read once`;
  return `${r.element} given twice in one ${r.parent}: ${quoted(r.first)} at line ${r.firstLine}, then ${quoted(r.second)}; ${outcome}`;
}

function quoted(value: string): string {
  return value === "" ? "(blank)" : JSON.stringify(shortenValue(value));
}

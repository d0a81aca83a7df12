// Feeding a streaming XML parser (saxes) chunk by chunk, with one way to stop: a handler throws
// StopParsing (a file of the wrong collection, say), or the XML is malformed, which is reported
// with its line and column and then stops the file. Never a DOM: a 500 MB census streams.
//
// Choices: memory stays bounded whatever the file holds. A run of more than `maxRun` characters
// without a `<` (a text node, an attribute, a whitespace run) stops the file before the parser
// buffers it, and so does a comment, CDATA section, processing instruction or DOCTYPE whose
// buffered text passes `maxRun` (`xml-text-too-long`; checked after each piece of at most
// `maxRun` characters, so no buffer outgrows twice the limit). Entities declared in a DOCTYPE are never
// expanded (saxes does not), so a reference to one is reported (`xml-entity-unsupported`), not
// read as a blank.
import type { SaxesParser } from "saxes";
import type { RuleId } from "../schema/rules.js";
import { shortenValue } from "../util/shorten-value.js";

export class StopParsing extends Error {}

/** Longest text, attribute, comment or whitespace run read, in characters (1 MiB). */
export const MAX_XML_RUN = 1 << 20;

export interface XmlStreamOptions {
  /** Longest run read, in characters; default MAX_XML_RUN. Tests lower it. */
  maxRun?: number;
}

export interface XmlProblem {
  rule: Extract<
    RuleId,
    "xml-malformed" | "xml-entity-unsupported" | "xml-text-too-long" | "xml-no-root" | "file-not-utf8"
  >;
  line: number;
  element: string;
  message: string;
}

export interface XmlStream {
  write(chunk: string): void;
  /** Close the parser (checking the document ends properly) unless it stopped already. */
  finish(): void;
  /** Stop the file as too long; call from a handler that would otherwise buffer without bound. */
  refuse(what: string): never;
  /** Stop the file for a problem found outside the parser (bytes that are not UTF-8), at the current line. */
  abort(rule: XmlProblem["rule"], message: string): void;
  /** The longest run read, in characters. */
  readonly maxRun: number;
  /** True once the file stopped (malformed, refused, or a handler's StopParsing): the rest need not be read. */
  readonly stopped: boolean;
  /**
   * Collect the text and CDATA of the element being read (registers the parser's handlers):
   * `clear()` at each open tag, `take()` at each close tag for the trimmed text. Text longer than
   * maxRun stops the file as too long.
   */
  elementText(): ElementText;
}

/** The text of the element being read; see XmlStream.elementText. */
export interface ElementText {
  clear(): void;
  /** The text since the last clear, trimmed; clears it. */
  take(): string;
}

/**
 * @example const stream = xmlStream(parser, () => stack.at(-1) ?? "(document)", (p) => report(p.rule, p.line, p.element, p.message))
 */
export function xmlStream(
  parser: SaxesParser,
  currentElement: () => string,
  onProblem: (problem: XmlProblem) => void,
  options: XmlStreamOptions = {},
): XmlStream {
  const maxRun = options.maxRun ?? MAX_XML_RUN;
  let stopped = false;
  /** Characters since the last `<` seen. */
  let sinceMarkup = 0;
  const stop = (rule: XmlProblem["rule"], message: string): never => {
    onProblem({ rule, line: parser.line, element: shortenValue(currentElement()), message });
    throw new StopParsing();
  };
  const refuse = (what: string): never =>
    stop(
      "xml-text-too-long",
      `${what} from line ${parser.line} runs past ${maxRun.toLocaleString("en-GB")} characters; the file is not read`,
    );
  parser.on("error", (err) => {
    const message = shortenValue(err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, ""), 200);
    const at = `line ${parser.line}, column ${parser.column + 1}`;
    if (/undefined entity/.test(message))
      stop(
        "xml-entity-unsupported",
        `an entity reference at ${at} that is not one of XML's five (&lt; &gt; &amp; &quot; &apos;): entities declared in a DOCTYPE are not expanded; the file is not read`,
      );
    if (/must contain a root element/.test(message))
      stop("xml-no-root", `the XML ends at line ${parser.line} without a root element; the file is not read`);
    stop("xml-malformed", `malformed XML at ${at}: ${message}; the file is not read`);
  });
  const guarded = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (e instanceof RangeError) {
        // A string past V8's limit in spite of the checks: still a refusal, never a crash.
        stopped = true;
        onProblem({
          rule: "xml-text-too-long",
          line: parser.line,
          element: shortenValue(currentElement()),
          message: "the XML holds a run too long to read; the file is not read",
        });
        return;
      }
      if (!(e instanceof StopParsing)) throw e;
      stopped = true;
    }
  };
  const writePiece = (piece: string) => {
    const first = piece.indexOf("<");
    if (first < 0) sinceMarkup += piece.length;
    else if (sinceMarkup + first > maxRun) sinceMarkup += first;
    else sinceMarkup = piece.length - 1 - piece.lastIndexOf("<");
    if (sinceMarkup > maxRun) refuse("a text, attribute or whitespace run");
    parser.write(piece);
    if (bufferedLength(parser) > maxRun) refuse("a text, comment, CDATA section or DOCTYPE");
  };
  return {
    maxRun,
    refuse,
    get stopped() {
      return stopped;
    },
    abort(rule: XmlProblem["rule"], message: string) {
      if (stopped) return;
      stopped = true;
      onProblem({ rule, line: parser.line, element: shortenValue(currentElement()), message });
    },
    write(chunk: string) {
      if (stopped) return;
      guarded(() => {
        // Pieces no longer than maxRun: a gap between two `<` longer than maxRun then always
        // spans a piece boundary, where sinceMarkup measures it exactly.
        for (let at = 0; at < chunk.length; at += maxRun) writePiece(chunk.slice(at, at + maxRun));
      });
    },
    finish() {
      if (!stopped) guarded(() => parser.close());
    },
    elementText() {
      let text = "";
      const add = (t: string) => {
        if (text.length + t.length > maxRun) refuse(`the text of ${shortenValue(currentElement())}`);
        text += t;
      };
      parser.on("text", add);
      parser.on("cdata", add);
      return {
        clear() {
          text = "";
        },
        take() {
          const value = text.trim();
          text = "";
          return value;
        },
      };
    },
  };
}

/** The longest text saxes holds between events (its private buffers; 0 if they are renamed). */
function bufferedLength(parser: SaxesParser): number {
  const p = parser as unknown as Record<string, unknown>;
  let n = 0;
  for (const key of ["text", "name", "piTarget", "entity"]) {
    const v = p[key];
    if (typeof v === "string" && v.length > n) n = v.length;
  }
  return n;
}

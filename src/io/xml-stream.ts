/**
 * Feeding a streaming XML parser (saxes) chunk by chunk, with one way to stop: a handler throws
 * StopParsing (a file of the wrong collection, say), or the XML is malformed, which is reported
 * with its line and column and then stops the file. Never a DOM: a 500 MB census streams.
 */
import type { SaxesParser } from "saxes";

export class StopParsing extends Error {}

export interface XmlStream {
  write(chunk: string): void;
  /** Close the parser (checking the document ends properly) unless it stopped already. */
  finish(): void;
}

/**
 * @example const stream = xmlStream(parser, () => stack.at(-1) ?? "(document)", (line, element, message) => report(line, element, message))
 */
export function xmlStream(
  parser: SaxesParser,
  currentElement: () => string,
  onMalformed: (line: number, element: string, message: string) => void,
): XmlStream {
  let stopped = false;
  parser.on("error", (err) => {
    const message = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
    onMalformed(
      parser.line,
      currentElement(),
      `malformed XML at line ${parser.line}, column ${parser.column + 1}: ${message}; the file is not read`,
    );
    throw new StopParsing();
  });
  const guarded = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof StopParsing)) throw e;
      stopped = true;
    }
  };
  return {
    write(chunk: string) {
      if (!stopped) guarded(() => parser.write(chunk));
    },
    finish() {
      if (!stopped) guarded(() => parser.close());
    },
  };
}

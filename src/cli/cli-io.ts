// Where the CLI writes: the process's streams normally, buffers in tests, so commands can be
// run in-process and their output asserted.
import { displayText } from "../util/display-text.js";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
  /** The stream progress bars draw on. */
  progressStream?: NodeJS.WritableStream;
}

/**
 * Longest line the CLI prints, in characters. Our own lines are far shorter (the areas headline,
 * the longest, is about 400); only text echoed from a file can reach it.
 */
export const MAX_PRINTED_LINE = 2000;

/** @example processIo().isTTY // true in a terminal */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    progressStream: process.stderr,
  };
}

/**
 * The same streams, with every line made safe to print (util/display-text.ts): control
 * characters other than the line break escaped, lines past MAX_PRINTED_LINE shortened. runCli
 * wraps its streams in this, so no command can print raw bytes from a file.
 * @example terminalSafeIo(processIo()).stderr("bad \u001b[2J\n") // prints bad \u001b[2J
 */
export function terminalSafeIo(io: CliIo): CliIo {
  const safe = (text: string) =>
    text
      .split("\n")
      .map((line) => displayText(line, MAX_PRINTED_LINE))
      .join("\n");
  return {
    ...io,
    stdout: (text) => io.stdout(safe(text)),
    stderr: (text) => io.stderr(safe(text)),
  };
}

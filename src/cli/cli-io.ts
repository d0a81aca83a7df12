/**
 * Where the CLI writes: the process's streams normally, buffers in tests, so commands can be
 * run in-process and their output asserted.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
  /** The stream progress bars draw on. */
  progressStream?: NodeJS.WritableStream;
}

/** @example processIo().isTTY // true in a terminal */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    progressStream: process.stderr,
  };
}

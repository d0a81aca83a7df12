import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { progressMinBytes, startProgress } from "../../src/cli/progress.js";

function fakeTerminal() {
  let written = "";
  const stream = new Writable({
    write(chunk, _enc, cb) {
      written += String(chunk);
      cb();
    },
  }) as Writable & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean };
  stream.isTTY = true;
  stream.columns = 100;
  stream.cursorTo = () => true;
  stream.clearLine = () => true;
  return { stream, output: () => written };
}

const io = (isTTY: boolean, stream?: NodeJS.WritableStream) => ({
  stdout() {},
  stderr() {},
  isTTY,
  progressStream: stream,
});

describe("startProgress", () => {
  it("draws nothing when stderr is not a terminal or the file is small", () => {
    const term = fakeTerminal();
    expect(startProgress(io(false, term.stream), "e.csv", 10 * progressMinBytes).onProgress).toBeUndefined();
    expect(startProgress(io(true, term.stream), "e.csv", progressMinBytes - 1).onProgress).toBeUndefined();
    expect(term.output()).toBe("");
  });

  it("draws a bar for a large file on a terminal", () => {
    const term = fakeTerminal();
    const p = startProgress(io(true, term.stream), "big.csv", 2 * progressMinBytes);
    p.onProgress?.(progressMinBytes, 2 * progressMinBytes);
    p.stop();
    expect(term.output()).toContain("big.csv");
  });

  it("escapes control characters in the file name it draws", () => {
    const term = fakeTerminal();
    const p = startProgress(io(true, term.stream), "big\u001b[2J.csv", 2 * progressMinBytes);
    p.onProgress?.(progressMinBytes, 2 * progressMinBytes);
    p.stop();
    expect(term.output()).not.toContain("\u001b[2J");
    expect(term.output()).toContain("big\\u001b[2J.csv");
  });
});

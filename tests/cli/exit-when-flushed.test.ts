/**
 * The compiled `fgc` ends the process as soon as its command has returned and stdout and stderr
 * have flushed what was written to them (cli/exit-when-flushed.ts): a stream still holding bytes
 * is waited for, an empty or closed one is not. The whole compiled CLI, with its output read
 * through pipes to the last line, is run in tests/cli/chart-worker.test.ts.
 */
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { exitWhenFlushed } from "../../src/cli/exit-when-flushed.js";

/** A stream that holds each write until `release` is called. */
function slowStream() {
  const pending: (() => void)[] = [];
  const written: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      written.push(String(chunk));
      pending.push(callback);
    },
  });
  const release = () => {
    for (const callback of pending.splice(0)) callback();
  };
  return { stream, written, release };
}

describe("exitWhenFlushed", () => {
  it("exits at once when nothing is waiting to be written", async () => {
    const events: string[] = [];
    await exitWhenFlushed([new PassThrough(), new PassThrough()], () => events.push("exit"));
    expect(events).toEqual(["exit"]);
  });

  it("waits for a stream still holding bytes, then exits", async () => {
    const slow = slowStream();
    slow.stream.write("the summary\n");
    slow.stream.write("Wrote 35 files\n");
    expect(slow.stream.writableLength).toBeGreaterThan(0);
    let exited = false;
    const done = exitWhenFlushed([slow.stream], () => {
      exited = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exited).toBe(false);
    for (let i = 0; i < 3; i++) {
      slow.release();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(exited).toBe(true);
    expect(slow.written.join("")).toBe("the summary\nWrote 35 files\n");
  });

  it("does not wait for ever on a stream that was destroyed", async () => {
    const slow = slowStream();
    slow.stream.on("error", () => {});
    slow.stream.write("held\n");
    slow.stream.destroy();
    let exited = false;
    await exitWhenFlushed([slow.stream], () => {
      exited = true;
    });
    expect(exited).toBe(true);
  });
});

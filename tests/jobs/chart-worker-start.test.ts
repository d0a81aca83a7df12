/**
 * The chart worker started early (jobs/chart-worker-start.ts), as the compiled `fgc trial` does
 * before loading the CLI: handed over once to the renderer that asks for the same script; stopped
 * rather than handed over when asked for another script or when it has failed; and never keeping
 * the process alive while no one has adopted it. The compiled CLI's whole run with it is compared
 * byte for byte with a run on one thread in tests/cli/chart-worker.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { PNG_CLAIMS } from "../../src/jobs/chart-worker-messages.js";
import { startChartWorkerEarly, takeEarlyChartWorker } from "../../src/jobs/chart-worker-start.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-early-worker-"));
/** Answers each message with itself. */
const echo = join(dir, "echo.cjs");
writeFileSync(
  echo,
  'const { parentPort } = require("node:worker_threads"); parentPort.on("message", (m) => parentPort.postMessage(m));\n',
);
/** Fails as it loads. */
const failing = join(dir, "failing.cjs");
writeFileSync(failing, 'throw new Error("no resvg here");\n');

afterEach(async () => {
  // Whatever a test left behind, stopped.
  await takeEarlyChartWorker("")?.worker.terminate();
});

describe("the chart worker started early", () => {
  it("is handed over once, to the renderer asking for its script, with its PNG claims", async () => {
    expect(startChartWorkerEarly(echo)).toBe(true);
    expect(startChartWorkerEarly(echo)).toBe(false); // one at a time
    const early = takeEarlyChartWorker(echo);
    expect(early).toBeDefined();
    expect(takeEarlyChartWorker(echo)).toBeUndefined();
    const { worker, claims } = early as NonNullable<typeof early>;
    expect(claims).toBeInstanceOf(Int32Array);
    expect(claims.length).toBe(PNG_CLAIMS);
    expect(claims.buffer).toBeInstanceOf(SharedArrayBuffer);
    const reply = new Promise((resolve) => worker.once("message", resolve));
    worker.postMessage({ png: { id: 1, svg: "<svg/>" } });
    expect(await reply).toEqual({ png: { id: 1, svg: "<svg/>" } });
    await worker.terminate();
  });

  it("is stopped, not handed over, when the renderer asks for another script", async () => {
    expect(startChartWorkerEarly(echo)).toBe(true);
    const other = join(dir, "other.cjs");
    expect(takeEarlyChartWorker(other)).toBeUndefined();
    expect(takeEarlyChartWorker(echo)).toBeUndefined(); // gone, not kept for later
  });

  it("is not handed over once it has failed", async () => {
    expect(startChartWorkerEarly(failing)).toBe(true);
    // Its error is heard (no uncaught exception in this process) and remembered.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(takeEarlyChartWorker(failing)).toBeUndefined();
  });

  it("never keeps the process alive while no one has adopted it", async () => {
    const script = [
      `import { startChartWorkerEarly } from ${JSON.stringify(join(import.meta.dirname, "../../src/jobs/chart-worker-start.ts"))};`,
      `if (!startChartWorkerEarly(${JSON.stringify(echo)})) process.exit(3);`,
    ].join("\n");
    const entry = join(dir, "unadopted.mts");
    writeFileSync(entry, script);
    // The worker keeps listening for messages for ever; the process must still end by itself.
    const run = await promisify(execFile)(process.execPath, ["--import", "tsx", entry], { timeout: 20_000 });
    expect(run.stderr).toBe("");
  });
});

// A progress bar on stderr while a large file loads, only when stderr is a terminal (never in
// pipes, logs or tests).
import cliProgress from "cli-progress";
import { displayText } from "../util/display-text.js";
import type { CliIo } from "./cli-io.js";

/** Files smaller than this load in well under a second; no bar. */
export const progressMinBytes = 20_000_000;

export interface Progress {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  stop(): void;
}

/** @example const p = startProgress(io, "episodes.csv", size); … p.stop() */
export function startProgress(io: CliIo, file: string, totalBytes: number): Progress {
  if (!io.isTTY || totalBytes < progressMinBytes || io.progressStream === undefined) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.progressStream,
      // The bar draws on the stream itself, not through terminalSafeIo: escape the name here.
      format: `${displayText(file, 60).replace(/[{}]/g, "")} [{bar}] {percentage}% | {value}/{total} MB`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.ceil(totalBytes / 1e6), 0);
  return {
    onProgress: (bytesRead) => bar.update(Math.floor(bytesRead / 1e6)),
    stop: () => bar.stop(),
  };
}

// The app's Web Worker: every job runs here, so the page stays responsive. Bundled by
// `fgc app` (cli/app.ts) into a string the page starts as a blob: worker; the report's Vega
// builds come in as FGC_REPORT_ASSETS, defined at bundle time.
// First: Math as the CLI computes it, before any other module runs.
import "./install-fdlibm.js";
import type { ReportAssets } from "../report/html.js";
import { areasJob } from "./areas-job.js";
import { type JobOutcome, thrownOutcome } from "./job-outcome.js";
import { recogniseFile } from "./recognise-file.js";
import { returnJob } from "./return-job.js";
import { trialJob } from "./trial-job.js";
import { validateJob } from "./validate-job.js";
import type { FromWorker, ToWorker } from "./worker-protocol.js";

declare const FGC_REPORT_ASSETS: ReportAssets;

const post = (message: FromWorker) => postMessage(message);

addEventListener("message", async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === "recognise") {
    const results = await Promise.all(
      message.files.map((f) => recogniseFile(f).catch((e) => ({ why: `not readable (${String(e)})` }))),
    );
    post({ id: message.id, kind: "recognised", results });
    return;
  }
  const progress = (text: string) => post({ id: message.id, kind: "progress", text });
  let outcome: JobOutcome;
  try {
    outcome = await runJob(message, progress);
  } catch (error) {
    outcome = thrownOutcome(error, { out: [], err: [] });
  }
  post({ id: message.id, kind: "done", outcome });
});

async function runJob(message: Extract<ToWorker, { kind: "run" }>, progress: (text: string) => void) {
  switch (message.job) {
    case "validate":
      return validateJob(message.files, { extractDay: Math.floor(Date.now() / 86_400_000) }, progress);
    case "trial":
      return trialJob(message.files, FGC_REPORT_ASSETS, progress);
    case "return":
      return returnJob(
        message.files,
        { period: message.options.period ?? "", threshold: message.options.threshold ?? "5" },
        progress,
      );
    case "areas":
      return areasJob(
        message.files,
        { la: message.options.la ?? "", allowUnknownLa: message.options.allowUnknownLa === true },
        FGC_REPORT_ASSETS,
        progress,
      );
  }
}

// The messages between the app's page (app/main.ts) and its Web Worker (app/worker.ts).
import type { AppFile, JobOutcome } from "./job-outcome.js";
import type { Recognised } from "./recognise-file.js";

/** The jobs of the "Analysis" radio group, by the value of their radio. */
export type AppJob = "validate" | "trial" | "return" | "areas";

export interface AppJobOptions {
  /** FGC return: the period, `2023-24`. */
  period?: string;
  /** FGC return: counts 1 to this are suppressed; text as typed. */
  threshold?: string;
  /** Compare areas: the focus LA's code. */
  la?: string;
  /** Compare areas: keep returns of LA codes in no list (the CLI's --allow-unknown-la). */
  allowUnknownLa?: boolean;
}

export type ToWorker =
  | { id: number; kind: "recognise"; files: AppFile[] }
  | { id: number; kind: "run"; job: AppJob; files: AppFile[]; options: AppJobOptions };

export type FromWorker =
  | { id: number; kind: "progress"; text: string }
  | { id: number; kind: "recognised"; results: Recognised[] }
  | { id: number; kind: "done"; outcome: JobOutcome };

/** One benchmark's figures, as `npm run bench` prints them. */
export interface BenchResult {
  name: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** Target in seconds from the issue, if any. */
  targetSeconds?: number;
  /** Peak resident memory in MB during the run, if measured. */
  peakMB?: number;
  targetMB?: number;
  detail?: string;
}

/** A bench file exports `run`, called by bench/run.ts. */
export type BenchRun = () => Promise<BenchResult[]>;

// The trial's re-randomisation and bootstrap (trial/sensitivity.ts, runResampling) on the chart
// renderer's worker thread, while the main thread goes on with the other analyses. runTrial is
// synchronous, so the main thread collects the results synchronously: the worker posts them on
// a MessagePort of their own and flags a shared Int32Array; the main thread waits on the flag
// (Atomics.wait) and reads the port (receiveMessageOnPort). Whichever thread claims the job
// first (compare-and-swap on the flag) runs it: if the main thread asks before the worker has
// started it (the worker busy with a PNG), the main thread runs it itself. The same job gives
// the same numbers on either thread. If the worker fails, or has not answered in WAIT_MS, the
// main thread runs the job itself.
import { MessageChannel, type MessagePort, receiveMessageOnPort } from "node:worker_threads";
import {
  type ResamplingJob,
  type ResamplingResults,
  runResampling,
  type StartResampling,
} from "../trial/sensitivity.js";

/** The message to the worker. */
export interface ResamplingMessage {
  resample: { job: ResamplingJob; port: MessagePort; state: Int32Array };
}

/** The flag's values. */
const WAITING = 0;
const ON_WORKER = 1;
const DONE = 2;
const FAILED = 3;
const ON_MAIN = 4;

/** How long the main thread waits for a job the worker has started before running it itself. */
const WAIT_MS = 60_000;

/**
 * Starts jobs on the worker through `post` (the worker's postMessage).
 * @example runTrial(input, plan, { startResampling: resamplingOnWorker((m, t) => worker.postMessage(m, t)) })
 */
export function resamplingOnWorker(
  post: (message: ResamplingMessage, transfer: MessagePort[]) => void,
): StartResampling {
  return (job) => {
    const state = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    try {
      post({ resample: { job, port: port2, state } }, [port2]);
    } catch {
      port1.close();
      return () => runResampling(job);
    }
    return (): ResamplingResults => {
      try {
        if (Atomics.compareExchange(state, 0, WAITING, ON_MAIN) === WAITING) return runResampling(job);
        if (Atomics.load(state, 0) === ON_WORKER) Atomics.wait(state, 0, ON_WORKER, WAIT_MS);
        const reply = Atomics.load(state, 0) === DONE ? receiveMessageOnPort(port1)?.message : undefined;
        const results = (reply as { results?: ResamplingResults } | undefined)?.results;
        // Failed on the worker, or no answer in time: run it here, so that an error is thrown
        // here with its own message.
        return results ?? runResampling(job);
      } finally {
        port1.close();
      }
    };
  };
}

/** On the worker: runs the job unless the main thread has claimed it, and answers. */
export function answerResampling({ resample: { job, port, state } }: ResamplingMessage): void {
  if (Atomics.compareExchange(state, 0, WAITING, ON_WORKER) !== WAITING) {
    port.close();
    return;
  }
  let outcome = FAILED;
  try {
    port.postMessage({ results: runResampling(job) });
    outcome = DONE;
  } catch {
    // The main thread runs the job itself and reports the error.
  } finally {
    Atomics.store(state, 0, outcome);
    Atomics.notify(state, 0);
    port.close();
  }
}

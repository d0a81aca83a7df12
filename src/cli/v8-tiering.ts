// How soon V8 optimises a function in the compiled `fgc`. By default V8 sends a function to its
// optimising compiler (TurboFan) after ~66 KB of its bytecode has run; in a short run such as
// `fgc trial`, over a hundred functions got there, often while a loop was still on its first
// data, and many were compiled again after a deoptimisation: TurboFan's background threads took
// a quarter of the process's CPU time. With 8 times the budget, functions that run briefly stay
// in V8's baseline code and the hot loops are still optimised: alternating runs of `fgc trial`
// on the sample, 21 each: 0.87 → 0.83 s wall, 1.32 → 1.23 CPU s. Results do not depend on it
// (JavaScript's arithmetic is the same in every tier). A budget given on the command line or in
// NODE_OPTIONS is kept.
import { setFlagsFromString } from "node:v8";

/** V8's default --interrupt-budget (Node 20, V8 11.3) times 8. */
export const INTERRUPT_BUDGET = 8 * 67584;

/**
 * Sets V8's interrupt budget for this process (and its worker threads) unless the user set one;
 * call before loading the code it should apply to. Returns whether it set it.
 * @example raiseInterruptBudget(process.execArgv, process.env.NODE_OPTIONS)
 */
export function raiseInterruptBudget(execArgv: readonly string[], nodeOptions = ""): boolean {
  if ([...execArgv, nodeOptions].some((a) => /--interrupt[-_]budget\b/.test(a))) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}

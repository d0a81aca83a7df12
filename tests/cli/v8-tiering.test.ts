/**
 * The compiled fgc raises V8's interrupt budget (cli/v8-tiering.ts) unless the user gave one,
 * on the command line or in NODE_OPTIONS.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const setFlagsFromString = vi.fn();
vi.mock("node:v8", () => ({ setFlagsFromString }));
const { INTERRUPT_BUDGET, raiseInterruptBudget } = await import("../../src/cli/v8-tiering.js");

beforeEach(() => setFlagsFromString.mockClear());

describe("raiseInterruptBudget", () => {
  it("sets 8 times V8's default budget", () => {
    expect(raiseInterruptBudget([], "")).toBe(true);
    expect(setFlagsFromString.mock.calls).toEqual([["--interrupt-budget=540672"]]);
    expect(INTERRUPT_BUDGET).toBe(540672);
  });

  it("keeps a budget given on the command line or in NODE_OPTIONS, in either spelling", () => {
    expect(raiseInterruptBudget(["--interrupt-budget=1000"], "")).toBe(false);
    expect(raiseInterruptBudget([], "--max-old-space-size=4096 --interrupt_budget=1000")).toBe(false);
    expect(raiseInterruptBudget(["--max-old-space-size=4096"], undefined)).toBe(true);
    expect(setFlagsFromString).toHaveBeenCalledTimes(1);
  });
});

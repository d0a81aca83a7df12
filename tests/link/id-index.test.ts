import { describe, expect, it } from "vitest";
import { createIdIndex } from "../../src/link/id-index.js";
import { createPseudonymiser } from "../../src/link/pseudonymise.js";

describe("createIdIndex", () => {
  const p = createPseudonymiser("k", { domain: "child" });

  it("numbers ids by first appearance and pseudonymises each once", () => {
    const ids = createIdIndex(p);
    expect([ids.add("C2"), ids.add("C1"), ids.add("C2")]).toEqual([0, 1, 0]);
    expect(ids.pseudonyms).toEqual([p("C2"), p("C1")]);
  });

  it("matches ids after trimming, as the pseudonym does", () => {
    const ids = createIdIndex(p);
    ids.add("C1");
    expect(ids.add(" C1 ")).toBe(0);
    expect(ids.find("C1\t")).toBe(0);
    expect(ids.find("C9")).toBe(-1);
  });
});

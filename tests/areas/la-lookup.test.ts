import { describe, expect, it } from "vitest";
import { resolveLa } from "../../src/areas/la-lookup.js";
import { currentAuthorities, retiredAuthorities } from "../../src/schema/codes/la-codes.js";

describe("LA codes", () => {
  it("lists 153 current authorities with unique DfE and GSS codes", () => {
    expect(currentAuthorities.length).toBe(153);
    expect(new Set(currentAuthorities.map((a) => a.dfe)).size).toBe(153);
    expect(new Set(currentAuthorities.map((a) => a.gss)).size).toBe(153);
  });
  it("resolves DfE, GSS and former GSS codes to the same authority (domain.md §6.3 examples)", () => {
    expect(resolveLa("202")?.gss).toBe("E09000007");
    expect(resolveLa("E09000007")?.dfe).toBe("202");
    expect(resolveLa("e08000025")?.dfe).toBe("330");
    expect(resolveLa("E10000023")?.dfe).toBe("815");
    expect(resolveLa("999")).toBeUndefined();
  });
  it("names the successors of retired authorities, and every successor is current", () => {
    expect(resolveLa("928")).toMatchObject({ status: "retired", successors: ["940", "941"] });
    expect(resolveLa("909")?.successors).toEqual(["942", "943"]);
    for (const r of retiredAuthorities)
      for (const s of r.successors) expect(resolveLa(s)?.status).toBe("current");
  });
});

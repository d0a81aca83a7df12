import { describe, expect, it } from "vitest";
import { plural, pluralOf } from "../../src/util/plural.js";

describe("plural(n, noun)", () => {
  it("keeps the singular for exactly 1 and makes the plural otherwise, with the count formatted", () => {
    expect(plural(1, "local authority")).toBe("1 local authority");
    expect(plural(21, "local authority")).toBe("21 local authorities");
    expect(plural(1, "family")).toBe("1 family");
    expect(plural(1471, "family")).toBe("1,471 families");
    expect(plural(1, "child")).toBe("1 child");
    expect(plural(2537, "child")).toBe("2,537 children");
    expect(plural(0, "child")).toBe("0 children");
    expect(plural(1, "error")).toBe("1 error");
    expect(plural(3, "error")).toBe("3 errors");
    expect(plural(2, "control child")).toBe("2 control children");
  });

  it("follows the rules for -y, -s/-x/-ch and takes a given plural", () => {
    expect(pluralOf("day")).toBe("days");
    expect(pluralOf("box")).toBe("boxes");
    expect(pluralOf("match")).toBe("matches");
    expect(plural(2, "person", "people")).toBe("2 people");
    expect(plural(1, "person", "people")).toBe("1 person");
  });
});

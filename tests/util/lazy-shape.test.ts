/**
 * lazyShape: a field is built when first read and then kept; zod parses, refuses and describes
 * the object exactly as it does the same object built at once.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { lazyShape } from "../../src/util/lazy-shape.js";

const fields = {
  n: () => z.number().int().min(0).describe("a count"),
  label: () => z.string().optional().describe("a label"),
  flags: () => z.array(z.boolean()).default([]),
};

describe("lazyShape", () => {
  it("builds a field on its first read, once", () => {
    let builds = 0;
    const shape = lazyShape({
      n: () => {
        builds++;
        return z.number();
      },
    });
    const schema = z.object(shape).strict();
    expect(builds).toBe(0);
    expect(Object.keys(shape)).toEqual(["n"]);
    expect(builds).toBe(0);
    expect(schema.parse({ n: 1 })).toEqual({ n: 1 });
    expect(schema.parse({ n: 2 })).toEqual({ n: 2 });
    expect(shape.n).toBe(shape.n);
    expect(builds).toBe(1);
  });

  it("parses, refuses and describes as the object built at once", () => {
    const lazy = z.object(lazyShape(fields)).strict();
    const eager = z.object({ n: fields.n(), label: fields.label(), flags: fields.flags() }).strict();
    for (const input of [
      { n: 3 },
      { n: 3, label: "a", flags: [true] },
      { n: -1 },
      { n: 1.5 },
      { n: 1, extra: 2 },
      {},
    ]) {
      const [a, b] = [lazy.safeParse(input), eager.safeParse(input)];
      expect(a.success).toBe(b.success);
      expect(a.data).toEqual(b.data);
      expect(a.error?.issues).toEqual(b.error?.issues);
    }
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(eager));
    expect(lazy.shape.n.description).toBe("a count");
  });
});

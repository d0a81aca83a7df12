/**
 * schemas/<pipeline>-results.schema.json (written by `npm run schema`) are z.toJSONSchema of the
 * zod result schemas, and those zod schemas parse the sample runs' results: the goldens of
 * `fgc trial` and `fgc areas` (tests/goldens/) and runReturn on data-samples/returns.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readReturnsFolder } from "../src/io/node/read-returns-folder.js";
import { type ResultSchemaName, renderResultJsonSchema, resultSchemas } from "../src/results-json-schemas.js";
import { runReturn } from "../src/returns/run.js";

describe("JSON Schemas of the results", () => {
  for (const name of Object.keys(resultSchemas) as ResultSchemaName[]) {
    it(`schemas/${name}.schema.json is z.toJSONSchema of the zod result schema (rewrite: npm run schema)`, () => {
      const written = readFileSync(`schemas/${name}.schema.json`, "utf8");
      expect(written).toBe(renderResultJsonSchema(name));
      expect(JSON.parse(written)).toEqual(z.toJSONSchema(resultSchemas[name], { io: "input" }));
      expect(JSON.parse(written).type).toBe("object");
    });
  }

  it("the zod schemas parse the sample results of fgc trial and fgc areas", () => {
    for (const [name, file] of [
      ["trial-results", "tests/goldens/trial/results.json"],
      ["area-results", "tests/goldens/areas/results.json"],
    ] as const) {
      const parsed = resultSchemas[name].safeParse(JSON.parse(readFileSync(file, "utf8")));
      expect(parsed.error?.issues.slice(0, 3) ?? [], file).toEqual([]);
    }
    // A results file of another pipeline is refused: the schemas tell the files apart.
    const trial = JSON.parse(readFileSync("tests/goldens/trial/results.json", "utf8"));
    expect(resultSchemas["area-results"].safeParse(trial).success).toBe(false);
  });

  it("the zod schema parses the return of data-samples/returns", async () => {
    const result = runReturn(await readReturnsFolder("data-samples/returns"), { period: "2023-24" });
    const roundTrip = JSON.parse(JSON.stringify(result));
    expect(resultSchemas["return-results"].parse(roundTrip)).toEqual(roundTrip);
  });
});

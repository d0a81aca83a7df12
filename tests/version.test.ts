import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { TOOL_VERSION } from "../src/version.js";

it("TOOL_VERSION equals package.json's version", () => {
  expect(TOOL_VERSION).toBe(
    JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version,
  );
});

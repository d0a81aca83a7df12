/**
 * Writes data-samples/returns/: the statutory returns of Northwold (LA 999, fictional) for
 * 2023-24 and 2024-25 — two CIN census XML files, the 2023-24 SSDA903 as CSV tables (Header,
 * Episodes) and the 2024-25 SSDA903 as XML (scripts/return-sample-children.ts builds them). Run
 * with `npx tsx scripts/make-return-samples.ts`; the same seed writes the same bytes, and
 * tests/returns/sample-return.test.ts checks the files on disk against a fresh build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { returnSampleFiles } from "./return-sample-children.js";

const dir = "data-samples/returns";
mkdirSync(dir, { recursive: true });
const files = returnSampleFiles();
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
console.log(`wrote ${Object.keys(files).length} files to ${dir}`);

/**
 * Writes data-samples/areas/: one synthetic `la-return` per period for 150 authorities
 * (src/areas/simulate-returns.ts, seeded) and a synthetic neighbour list. Run with
 * `npx tsx scripts/make-area-samples.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simulateReturns } from "../src/areas/simulate-returns.js";
import { currentAuthorities } from "../src/schema/codes/la-codes.js";
import { createRng } from "../src/util/rng.js";

const dir = "data-samples/areas";
const periods = ["2021-22", "2022-23", "2023-24"];
const rows = simulateReturns(createRng(20250401), { areas: 150, periods });
mkdirSync(join(dir, "neighbours"), { recursive: true });
for (const period of periods) {
  const lines = ["la_code,period,breakdown,category,measure,value"];
  for (const r of rows.filter((x) => x.period === period))
    lines.push([r.la_code, r.period, r.breakdown, r.category, r.measure, r.value].join(","));
  writeFileSync(join(dir, `return-${period}.csv`), `${lines.join("\n")}\n`);
}
// Neighbours: the ten authorities nearest in list order within the same region (synthetic; not CSSNBT).
const areas = currentAuthorities.slice(0, 150);
const lines = ["la_code,neighbour_code,rank"];
for (const a of areas) {
  const same = areas.filter((b) => b.region === a.region && b.dfe !== a.dfe);
  const others = areas.filter((b) => b.region !== a.region);
  for (const [i, b] of [...same, ...others].slice(0, 10).entries()) lines.push(`${a.dfe},${b.dfe},${i + 1}`);
}
writeFileSync(join(dir, "neighbours", "neighbours.csv"), `${lines.join("\n")}\n`);
console.log(
  `wrote ${rows.length} return rows for ${areas.length} authorities and ${periods.length} periods to ${dir}`,
);

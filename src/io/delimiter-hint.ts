// A CSV read with the wrong delimiter has one column whose name holds the real delimiter many
// times (`CHILD;DECOM;RNE`). Saying so beats "matches no known table".
import type { RawTable } from "./raw-table.js";

const candidates: { char: string; shown: string; advice: string }[] = [
  { char: ";", shown: "`;`", advice: "save it as comma-separated CSV (Excel: CSV UTF-8)" },
  { char: "\t", shown: "tab", advice: "name it .tsv, or save it as comma-separated CSV" },
  { char: "|", shown: "`|`", advice: "save it as comma-separated CSV" },
  { char: ",", shown: "`,`", advice: "name it .csv" },
];

/**
 * The message for a delimited file whose header splits into one column but holds another
 * delimiter at least once, or undefined when the header looks right.
 * @example delimiterHint({ format: "csv", header: ["CHILD;DECOM;RNE"] } as RawTable) // "this looks like a `;`-separated file …"
 */
export function delimiterHint(raw: Pick<RawTable, "format" | "header">): string | undefined {
  if ((raw.format !== "csv" && raw.format !== "tsv") || raw.header.length !== 1) return undefined;
  const own = raw.format === "tsv" ? "\t" : ",";
  const text = raw.header[0];
  let best: (typeof candidates)[number] | undefined;
  let bestCount = 0;
  for (const c of candidates) {
    if (c.char === own) continue;
    const count = text.split(c.char).length - 1;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  if (best === undefined) return undefined;
  const separated = best.char === "\t" ? "tab" : best.shown;
  return `this looks like a ${separated}-separated file: its header is one column holding ${bestCount} ${best.shown}${bestCount === 1 ? "" : "s"}, not ${raw.format === "tsv" ? "tab" : "comma"}-separated columns; ${best.advice}`;
}

/**
 * fgc-toolkit's Node-only additions (`fgc-toolkit/node`): reading files into validated tables,
 * and writing reports to disk. Everything else is in src/index.ts.
 */
export { readTable } from "./io/node/read-table.js";
export { readTrialInput } from "./io/node/read-trial-input.js";
export { readUnitCostsFile } from "./io/node/read-unit-costs-file.js";
export { writeReportFiles } from "./io/node/write-report.js";
export { loadReportAssets } from "./io/node/report-assets.js";
export { fileSha256 } from "./io/node/file-hash.js";
export { linkExtracts } from "./io/node/link-extracts.js";
export { readLinkInputs } from "./io/node/read-link-inputs.js";
export { resolveLinkKey, SAMPLE_LINK_KEY } from "./io/node/link-key.js";
export { readTrialExtracts } from "./io/node/read-trial-extracts.js";
export { analysisTableCsv } from "./io/node/analysis-table-csv.js";
export { readReturnsFolder } from "./io/node/read-returns-folder.js";

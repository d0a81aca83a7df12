// fgc-toolkit's Node-only additions (`fgc-toolkit/node`): reading files into validated tables,
// and writing reports to disk. Everything else is in src/index.ts.
export { readTable } from "./io/node/read-table.js";
export { readRawFile, type ReadRawFileOptions } from "./io/node/read-raw-file.js";
export { readTrialInput } from "./jobs/read-trial-input.js";
export { readUnitCostsFile } from "./jobs/read-unit-costs-file.js";
export { writeReportFiles } from "./jobs/write-report.js";
export { loadReportAssets } from "./jobs/report-assets.js";
export { fileSha256 } from "./io/node/file-hash.js";
export { linkExtracts } from "./jobs/link-extracts.js";
export { readLinkInputs } from "./jobs/read-link-inputs.js";
export { resolveLinkKey, SAMPLE_LINK_KEY } from "./io/node/link-key.js";
export { readTrialExtracts } from "./jobs/read-trial-extracts.js";
export { analysisTableCsv } from "./jobs/analysis-table-csv.js";
export { readReturnsFolder } from "./io/node/read-returns-folder.js";

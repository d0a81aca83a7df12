/** How bad an issue is: an error stops a pipeline (and `fgc validate` exits 1); a warning is reported. */
export type Severity = "error" | "warning";

/** The options of `fgc return` as commander parses them (return-command.ts) and returnCommandRun reads them (return.ts). */
export interface ReturnCommandOptions {
  period?: string;
  threshold?: string;
  followUpEnd?: string;
  out?: string;
  families?: string;
  /** Glob patterns of paths relative to the folder to leave out. */
  exclude?: string[];
}

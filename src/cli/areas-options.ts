/** The options of `fgc areas` as commander parses them (areas-command.ts) and areasAction reads them (areas.ts). */
export interface AreasOptions {
  la?: string;
  neighbours?: string;
  out?: string;
  threshold?: string;
  overdispersion?: string;
  png?: boolean;
  /** Keep LA codes that are in no list (a fictional or test LA) as areas of their own. */
  allowUnknownLa?: boolean;
}

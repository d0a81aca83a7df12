// A validated ColumnTable as an Arquero table for the layers above io/ (dates stay day numbers).
import * as aq from "arquero";
import type { ColumnTable } from "../schema/table.js";

/**
 * @example toArquero({ file: "c.csv", columns: { ID: ["a"] }, rowNumbers: [2], length: 1 }).numRows() // 1
 */
export function toArquero(table: ColumnTable): aq.ColumnTable {
  return aq.table(table.columns);
}

// Declares a column so that its name, type, required and nullable flags keep their literal types:
// `rowSchemaOf` then infers the row type (`Episode`, `Child` …) from the column list, so the
// ColumnSpec io validates against and the zod schema API users see cannot disagree.
import type { ColumnSpec, ColumnType } from "./table.js";

export type TypedColumn<
  N extends string,
  T extends ColumnType,
  R extends boolean,
  U extends boolean,
> = ColumnSpec & {
  name: N;
  type: T;
  required: R;
  nullable: U;
};

/** @example column({ name: "CHILD", type: "id", required: true, nullable: false, description: "…" }).name // "CHILD" */
export function column<
  const N extends string,
  const T extends ColumnType,
  const R extends boolean,
  const U extends boolean,
>(spec: ColumnSpec & { name: N; type: T; required: R; nullable: U }): TypedColumn<N, T, R, U> {
  return spec;
}

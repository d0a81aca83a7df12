// allocation: the trial's randomisation, one row per family. Key: family_id.
import type { z } from "zod";
import { duplicateKeyCheck } from "../checks/duplicate-key-check.js";
import { futureDatesCheck } from "../checks/future-dates-check.js";
import { laCodeCheck } from "../checks/la-code-check.js";
import { trialArmCodes } from "../codes/trial-arm-codes.js";
import { column } from "../column.js";
import { rowSchemaOf } from "../row-schema-of.js";
import type { TableSpec } from "../table.js";

const allocationColumns = [
  column({
    name: "family_id",
    type: "id",
    required: true,
    nullable: false,
    description: "The randomised family (as in children).",
  }),
  column({
    name: "la_code",
    type: "string",
    required: true,
    nullable: false,
    description: "LA in which the family was randomised, 9-character GSS code.",
  }),
  column({
    name: "arm",
    type: "code",
    codes: trialArmCodes,
    required: true,
    nullable: false,
    description: "Allocated arm: fgc or control.",
  }),
  column({
    name: "randomisation_date",
    type: "date",
    required: true,
    nullable: false,
    notFuture: true,
    description: "Date the family was randomised.",
  }),
  column({
    name: "stratum",
    type: "string",
    required: false,
    nullable: true,
    description:
      "Randomisation stratum or block label, if randomisation was stratified (e.g. LA or family size). Blank = none.",
  }),
] as const;

/** A parsed allocation row. */
export const allocationSchema = rowSchemaOf(allocationColumns);
/** A parsed allocation row: dates as whole days since 1970-01-01, blanks as `null` (inferred from the schema above). */
export type Allocation = z.infer<typeof allocationSchema>;

/** @example allocationSpec.key // ["family_id"] */
export const allocationSpec: TableSpec<typeof allocationSchema> = {
  name: "allocation",
  title: "Trial allocation",
  description:
    "One row per randomised family: its arm (fgc or control), LA, date and stratum. Children take their family's arm; randomisation is by family.",
  key: ["family_id"],
  columns: [...allocationColumns],
  rowSchema: allocationSchema,
  checks: [duplicateKeyCheck(["family_id"]), laCodeCheck("la_code"), futureDatesCheck(allocationColumns)],
};

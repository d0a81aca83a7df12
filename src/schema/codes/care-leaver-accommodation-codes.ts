// SSDA903 ACCOM (OC3): the care leaver's accommodation; the letter is the kind, the digit whether
// it is suitable (1) or not (2). 0 where no accommodation is recorded.
import type { CodeList } from "./code-list.js";

const kinds: Record<string, string> = {
  B: "With parents or relatives",
  C: "Community home or other form of residential care",
  D: "Semi-independent, transitional accommodation",
  E: "Supported lodgings",
  G: "Gone abroad",
  H: "Deported",
  K: "Ordinary lodgings, without formal support",
  R: "Residence not known",
  S: "No fixed abode or homeless",
  T: "Foyers and similar supported accommodation",
  U: "Independent living",
  V: "Emergency accommodation",
  W: "Bed and breakfast",
  X: "In custody",
  Y: "Other accommodation",
  Z: "With former foster carers",
};
const valid =
  "B1 B2 C1 C2 D1 D2 E1 E2 G1 G2 H1 H2 K1 K2 R1 R2 S2 T1 T2 U1 U2 V1 V2 W1 W2 X2 Y1 Y2 Z1 Z2".split(" ");

/** @example careLeaverAccommodationCodes.codes.Z1 // "With former foster carers: suitable" */
export const careLeaverAccommodationCodes: CodeList = {
  id: "SSDA903.ACCOM",
  title: "Care leaver's accommodation (ACCOM)",
  source:
    "data-to-insight/csc-validator-be-903@10ad07c5:lac_validator/rules/lac2022_23/rule_133.py (codes); labels paraphrased from the DfE SSDA903 guide (not re-checked here)",
  codes: {
    ...Object.fromEntries(
      valid.map((c) => [c, `${kinds[c[0]]}: ${c[1] === "1" ? "suitable" : "not suitable"}`]),
    ),
    "0": "No accommodation recorded",
  },
};

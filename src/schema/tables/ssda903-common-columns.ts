// Columns every SSDA903 table but Episodes repeats: CHILD (the LA's id of the child; CHILDID in
// the XML return) and DOB, with the return's date conventions (dd/mm/yyyy, yyyy-mm-dd also read).
import { column } from "../column.js";

/** 903 dates are dd/mm/yyyy; yyyy-mm-dd is read too (extracts from a database). */
export const ssda903DateFormats: ("uk" | "iso")[] = ["uk", "iso"];

/** @example ssda903ChildColumn.aliases // ["CHILDID"] */
export const ssda903ChildColumn = column({
  name: "CHILD",
  type: "id",
  required: true,
  nullable: false,
  aliases: ["CHILDID"],
  description:
    "The LA's identifier of the child (CHILDID in the XML return), as in the Header and Episodes tables.",
});

/** @example ssda903DobColumn.type // "date" */
export const ssda903DobColumn = column({
  name: "DOB",
  type: "date",
  required: true,
  nullable: false,
  notFuture: true,
  dateFormats: ssda903DateFormats,
  description: "The child's date of birth, as in the Header table.",
});

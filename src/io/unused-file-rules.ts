// The rules that mean a file in a returns folder was not used, or not wholly: a return counted
// without it would be silently wrong, so `fgc return` stops on any of them (at severity error)
// and writes nothing until the file is fixed or left out with --exclude.
import type { RuleId } from "../schema/rules.js";

/** @example unusedFileRules.has("xml-malformed") // true */
export const unusedFileRules: ReadonlySet<RuleId> = new Set<RuleId>([
  "xml-malformed",
  "file-not-utf8",
  "xml-no-root",
  "xml-entity-unsupported",
  "xml-text-too-long",
  "return-file-unrecognised",
  "return-file-unreadable",
  "return-file-unread",
  "return-collection-other",
  "return-lea-invalid",
]);

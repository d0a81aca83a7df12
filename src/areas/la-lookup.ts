// Resolves an LA code as a return writes it (DfE three-digit or ONS GSS, current, former or
// retired) to the DfE code the analysis uses, with its name and, for a retired authority, its
// successors (schema/codes/la-codes.ts).
import { currentAuthorities, retiredAuthorities } from "../schema/codes/la-codes.js";

export interface ResolvedLa {
  dfe: string;
  gss: string;
  name: string;
  status: "current" | "retired";
  successors: string[];
}

const index = new Map<string, ResolvedLa>();
for (const a of currentAuthorities) {
  const r: ResolvedLa = { dfe: a.dfe, gss: a.gss, name: a.name, status: "current", successors: [] };
  for (const code of [a.dfe, a.gss, ...(a.formerGss ?? [])]) index.set(code, r);
}
for (const a of retiredAuthorities) {
  const r: ResolvedLa = { dfe: a.dfe, gss: a.gss, name: a.name, status: "retired", successors: a.successors };
  index.set(a.dfe, r);
  index.set(a.gss, r);
}

/**
 * @example resolveLa("E09000007")?.dfe // "202"
 * @example resolveLa("928")?.successors // ["940", "941"]
 */
export function resolveLa(code: string): ResolvedLa | undefined {
  return index.get(code.trim().toUpperCase());
}

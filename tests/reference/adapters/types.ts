/** A reference case's input in, the toolkit's answer out, keyed by the reference's field names. */
// biome-ignore lint/suspicious/noExplicitAny: reference inputs are untyped JSON.
export type Adapter = (input: any) => Record<string, unknown>;

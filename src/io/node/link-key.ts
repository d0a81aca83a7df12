/**
 * Where the pseudonymisation key of `fgc link` comes from: a key file (--key-file), else the
 * environment variable FGC_LINK_KEY. A missing key is refused (UsageError), because the analysis
 * file's pseudonyms must be reproducible across runs by whoever holds the key and by nobody else
 * (design.md, Privacy). The one exception is the bundled samples (inputs under a `data-samples`
 * folder): they are synthetic, so a fixed, published sample key is used and a warning is returned.
 *
 * Choices: a key file's content is the key, with one trailing line break removed (editors add
 * one); a key shorter than 16 bytes is refused as too easily guessed.
 */
import { readFileSync } from "node:fs";
import { resolve, sep } from "node:path";
import { UsageError } from "../../util/errors.js";

/** The published key of the bundled samples. It protects nothing: never use it for real data. */
export const SAMPLE_LINK_KEY = "fgc-toolkit sample key: synthetic data only, not secret";

/** The environment variable holding the key when no key file is given. */
export const LINK_KEY_VARIABLE = "FGC_LINK_KEY";

const MIN_KEY_BYTES = 16;

export interface LinkKey {
  key: Uint8Array;
  source: "key-file" | "environment" | "sample";
  /** Set when the sample key is used. */
  warning?: string;
}

export interface ResolveLinkKeyOptions {
  /** Path of a file holding the key (--key-file). */
  keyFile?: string;
  /** Environment to read FGC_LINK_KEY from; default process.env. */
  env?: Record<string, string | undefined>;
}

/**
 * @example resolveLinkKey("data-samples/link").source // "sample" (unless FGC_LINK_KEY is set)
 */
export function resolveLinkKey(inputFolder: string, options: ResolveLinkKeyOptions = {}): LinkKey {
  const env = options.env ?? process.env;
  if (options.keyFile !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(options.keyFile);
    } catch (e) {
      throw new UsageError(`--key-file ${options.keyFile}: not readable (${(e as Error).message})`);
    }
    return { key: checked(trimLineEnd(bytes), `--key-file ${options.keyFile}`), source: "key-file" };
  }
  const fromEnv = env[LINK_KEY_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== "") {
    return { key: checked(new TextEncoder().encode(fromEnv), LINK_KEY_VARIABLE), source: "environment" };
  }
  if (isBundledSample(inputFolder)) {
    return {
      key: new TextEncoder().encode(SAMPLE_LINK_KEY),
      source: "sample",
      warning: `no key given: the bundled samples use the published sample key, which protects nothing; for real data pass --key-file FILE or set ${LINK_KEY_VARIABLE}`,
    };
  }
  throw new UsageError(
    `pseudonymisation key: expected --key-file FILE or the environment variable ${LINK_KEY_VARIABLE}, got neither. The key keeps the analysis file's ids unlinkable to the children without it; keep it apart from the output (e.g. head -c 32 /dev/urandom | base64 > link.key)`,
  );
}

/**
 * Inputs under a folder named data-samples (the bundled synthetic samples).
 * @example isBundledSample("data-samples/link") // true
 */
export function isBundledSample(path: string): boolean {
  return resolve(path).split(sep).includes("data-samples");
}

function checked(key: Uint8Array, where: string): Uint8Array {
  if (key.length < MIN_KEY_BYTES) {
    throw new UsageError(`${where}: expected a key of at least ${MIN_KEY_BYTES} bytes, got ${key.length}`);
  }
  return key;
}

function trimLineEnd(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 10) end--;
  if (end > 0 && bytes[end - 1] === 13) end--;
  return bytes.subarray(0, end);
}

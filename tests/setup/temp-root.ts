/**
 * Every test's temporary files in one folder made for the run (vitest.config.ts points TMPDIR,
 * TMP and TEMP there, for the tests and every process they start) and removed after it: a run
 * had left ~120 folders in the system's temporary folder.
 */
import { rmSync } from "node:fs";

/** vitest's global setup: returns the teardown, which removes the run's temporary folder. */
export default function setup(): () => void {
  const root = process.env.FGC_TEST_TEMP_ROOT;
  return () => {
    if (root) rmSync(root, { recursive: true, force: true });
  };
}

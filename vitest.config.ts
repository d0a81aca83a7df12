import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// One temporary folder for the run, removed after it (tests/setup/temp-root.ts).
const tempRoot = mkdtempSync(join(tmpdir(), "fgc-tests-"));
process.env.FGC_TEST_TEMP_ROOT = tempRoot;

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: "UTC", TMPDIR: tempRoot, TMP: tempRoot, TEMP: tempRoot },
    globalSetup: ["tests/setup/temp-root.ts"],
    reporters: ["default"],
  },
});

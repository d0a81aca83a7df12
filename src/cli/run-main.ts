// The whole `fgc` process around runCli: quiet on a closed pipe, the exit code set. Shared by
// cli/main.ts (the TypeScript sources, through tsx) and the CommonJS bundle dist/cli.cjs that
// bin/fgc.js runs through V8's code cache (cli/run-bundle.ts).
import { runCli } from "./run-cli.js";

/**
 * Runs `fgc` on the arguments (without `node` and the script) and sets `process.exitCode`.
 * @example await runMain(["--version"]); // prints 0.1.0
 */
export async function runMain(argv: readonly string[]): Promise<void> {
  // `fgc validate … | head` closes the pipe early: stop quietly rather than print a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.exitCode = await runCli(argv);
}

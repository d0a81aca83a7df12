// Entry point of the `fgc` command (bin/fgc.js, `npm run fgc`): runs the program on the process's
// arguments and exits with its code.
import { runCli } from "./run-cli.js";

// `fgc validate … | head` closes the pipe early: stop quietly rather than print a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2));

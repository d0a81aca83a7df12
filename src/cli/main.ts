// Entry point of the `fgc` command from the TypeScript sources (`npm run fgc`, and bin/fgc.js
// when src/ is newer than the build): runs the program on the process's arguments.
import { runMain } from "./run-main.js";

await runMain(process.argv.slice(2));

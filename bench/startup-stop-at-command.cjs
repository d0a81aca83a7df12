// Preloaded by bench/startup-profile.mjs --cpu (node --require): stops `fgc trial` where
// trialCommand starts (its first act is to start the chart worker) and prints the process's CPU
// time (all threads) and wall time since it started, as JSON on stderr.
const threads = require("node:worker_threads");
threads.Worker = function stopAtCommand() {
  const cpu = process.cpuUsage();
  process.stderr.write(
    `${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() })}\n`,
  );
  process.exit(0);
};

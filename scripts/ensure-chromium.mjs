// Run before `npm test`: the report tests open reports in Debian's headless Chromium. On a fresh
// Debian machine where we are root, install it (apt-get update first, as apt needs); elsewhere say
// how, and let the browser tests fail with that message rather than skip silently.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => existsSync(p));
if (!found) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = existsSync("/usr/bin/apt-get");
  if (root && apt) {
    console.error("Installing Debian's chromium for the report tests (apt-get) …");
    execSync(
      "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium",
      {
        stdio: "inherit",
      },
    );
  } else {
    console.error(
      "The report tests need Debian's chromium (/usr/bin/chromium): install it with `apt-get install chromium`.",
    );
  }
}

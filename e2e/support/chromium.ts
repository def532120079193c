/**
 * Debian's Chromium and the flags it needs here: no sandbox as root, and no background
 * connections (the machine's closed network refuses them). Shared by the e2e tests and the bench.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

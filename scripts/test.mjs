// `npm test`: every layer — unit (Vitest: pure lib/ code, plus the lint and structure rules failing on
// deliberately wrong imports), integration (Vitest against a real PostgreSQL,
// each run in its own freshly migrated database), end-to-end (Playwright driving Chromium against
// a production build). Runs all three even when one fails, then prints one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const results = path.join(root, "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const only = process.argv.slice(2);

/**
 * The system tools the tests drive. `npm test` only checks for them: installing packages is the machine's job
 * (`.ci/run` installs them on CI), never a side effect of running the tests.
 */
function checkSystemTools() {
  const missing = [];
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium) && (!only.length || only.includes("e2e")))
    missing.push(["chromium", `Chromium for the end-to-end tests (looked for ${chromium})`]);
  if (spawnSync("sh", ["-c", "command -v xmllint"]).status !== 0)
    missing.push(["libxml2-utils", "xmllint, which validates exported TMX/TBX/XLIFF against their schemas"]);
  // Exported XLIFF and DOCX are read back by Debian's translate-toolkit and python-docx.
  if (spawnSync("/usr/bin/python3", ["-c", "import translate.storage.xliff"]).status !== 0)
    missing.push(["python3-translate", "translate-toolkit, the independent XLIFF reader"]);
  if (spawnSync("/usr/bin/python3", ["-c", "import docx"]).status !== 0)
    missing.push(["python3-docx", "python-docx, the independent DOCX reader"]);
  if (missing.length === 0) return;
  console.error("npm test needs system tools that are not installed:");
  for (const [pkg, what] of missing) console.error(`  - ${pkg}: ${what}`);
  console.error(`Install them (Debian/Ubuntu): sudo apt-get install -y ${missing.map(([pkg]) => pkg).join(" ")}`);
  console.error("or run .ci/run, which installs them and then runs lint, typecheck and every test.");
  process.exit(1);
}
checkSystemTools();
const bin = (name) => path.join(root, "node_modules/.bin", name);

function run(label, cmd, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  return result.status ?? 1;
}

function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const layers = [
  [
    "unit",
    () =>
      run("unit", bin("vitest"), [
        "run",
        "--project",
        "unit",
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${results}/unit.json`,
      ]),
    () => vitestCounts(`${results}/unit.json`),
  ],
  [
    "integration",
    () =>
      run("integration", bin("vitest"), [
        "run",
        "--project",
        "integration",
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${results}/integration.json`,
      ]),
    () => vitestCounts(`${results}/integration.json`),
  ],
  ["e2e", () => run("e2e", bin("playwright"), ["test"]), () => playwrightCounts(`${results}/e2e.json`)],
];

let failedLayers = 0;
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, exec, count] of layers) {
  if (only.length && !only.includes(name)) continue;
  const status = exec();
  const counts = count();
  if (status !== 0) failedLayers++;
  if (!counts) {
    console.log(`${name}: no report (exit ${status})`);
    if (status === 0) failedLayers++;
    total.failed += 1;
    continue;
  }
  if (counts.passed === 0) failedLayers++;
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
if (failedLayers && total.failed === 0) total.failed = failedLayers;
console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedLayers || total.failed ? 1 : 0);

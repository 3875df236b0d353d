// `npm test`: every check in one command, ending with "N passed, N failed".
// Steps: Biome, typecheck, unit/component tests, production build, Chromium end-to-end suite.
//
// The closing line counts TESTS (Vitest's unit and end-to-end results), not steps. Lint, typecheck
// and build are reported as named steps above it. So that the line can never read "0 failed" on a
// broken run, each failed step that has no test count of its own (lint, typecheck, build, a test
// suite that failed to load, end-to-end skipped because the build failed) adds 1 to "failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const OUT = ".e2e-artifacts";
mkdirSync(OUT, { recursive: true });
let passed = 0;
let failed = 0;
/** @type {{ label: string, status: string }[]} */
const steps = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  return result.status === 0;
}

/** A check without tests of its own: a named step; failing adds 1 to "failed". */
function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  steps.push({ label, status: ok ? "ok" : "FAILED" });
  if (!ok) failed += 1;
  return ok;
}

/** A Vitest run: its passed and failed tests are counted from the JSON report. */
function vitestStep(label, args, jsonFile) {
  rmSync(jsonFile, { force: true });
  const ok = run(label, "npx", [
    "vitest",
    "run",
    ...args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${jsonFile}`,
  ]);
  if (!existsSync(jsonFile)) {
    failed += 1;
    steps.push({ label, status: "FAILED (no report)" });
    return;
  }
  const report = JSON.parse(readFileSync(jsonFile, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that failed to load counts as one failure even with zero failed tests.
  if (!ok && report.numFailedTests === 0) failed += 1;
  const counts = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
  steps.push({ label, status: ok ? `ok (${counts})` : `FAILED (${counts})` });
}

step("lint (Biome)", "npx", ["biome", "ci", "."]);
step("typecheck", "npx", ["tsc", "--noEmit", "-p", "."]);
vitestStep("unit and component tests", [], `${OUT}/unit.json`);
const built = step("production build", "npx", ["vite", "build"]);
if (built) vitestStep("end-to-end (Chromium)", ["-c", "vitest.e2e.config.ts"], `${OUT}/e2e.json`);
else {
  failed += 1;
  steps.push({ label: "end-to-end (Chromium)", status: "FAILED (skipped: build failed)" });
}

console.log("\nSteps:");
for (const s of steps) console.log(`  ${s.label}: ${s.status}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

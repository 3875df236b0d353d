// `npm test`: every check in one command, ending with "N passed, N failed".
// Steps: Biome, typecheck, unit/component tests, production build, Chromium end-to-end suite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const OUT = ".e2e-artifacts";
mkdirSync(OUT, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  return result.status === 0;
}

function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

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
    failures.push(`${label} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(jsonFile, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0 || !ok) failures.push(label);
  // A suite that failed to load counts as a failure even with zero failed tests.
  if (!ok && report.numFailedTests === 0) failed += 1;
}

step("lint (Biome)", "npx", ["biome", "ci", "."]);
step("typecheck", "npx", ["tsc", "--noEmit", "-p", "."]);
vitestStep("unit and component tests", [], `${OUT}/unit.json`);
const built = step("production build", "npx", ["vite", "build"]);
if (built) vitestStep("end-to-end (Chromium)", ["-c", "vitest.e2e.config.ts"], `${OUT}/e2e.json`);
else {
  failed += 1;
  failures.push("end-to-end (skipped: build failed)");
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join("; ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

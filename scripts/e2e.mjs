// `npm run test:e2e [-- test/e2e/<file>.e2e.ts]`: the Chromium end-to-end suite against the built app.
// Builds dist/ first when it is missing (or when `--build` is passed); extra arguments go to Vitest,
// so one file runs with `npm run test:e2e -- test/e2e/foundation.e2e.ts`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const args = process.argv.slice(2);
const rebuild = args.includes("--build");
const vitestArgs = args.filter((a) => a !== "--build");
const distDir = process.env.NEARMISS_DIST ?? "dist";

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: process.env });
  return result.status ?? 1;
}

if (rebuild || !existsSync(`${distDir}/index.html`)) {
  console.log(`Building ${distDir}/ first…`);
  const status = run("npx", ["vite", "build", "--outDir", distDir]);
  if (status !== 0) process.exit(status);
}
process.exit(run("npx", ["vitest", "run", "-c", "vitest.e2e.config.ts", ...vitestArgs]));

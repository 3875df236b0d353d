/**
 * Vite plugin: the build refuses to ship geo/ data that fails any check of
 * src/domain/dataset-check (RFC 7946, the zod schema, ids, references, one version). The page
 * then maps the bundled files without validating them again (src/domain/checked-geo), so its
 * start-up worker carries no zod; a link's own data files are still validated in the browser.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { checkDataset, type DatasetTexts } from "../src/domain/dataset-check";

const GEO_FILES = {
  missions: "geo/missions.geojson",
  strikes: "geo/strikes.geojson",
  events: "geo/diplomatic-events.json",
} as const;

/** Why the data set must not ship ("file path: message" per issue), or undefined when it may. */
export function geoCheckFailure(texts: DatasetTexts): string | undefined {
  const { issues } = checkDataset(texts);
  if (issues.length === 0) return undefined;
  const lines = issues.map((i) => `  ${i.file} ${i.path}: ${i.message}`);
  return `the bundled data has ${issues.length} problem(s); fix them before building:\n${lines.join("\n")}`;
}

/** Checks the three files under `root` (the project's folder) when a build starts. */
export function geoCheck(root: URL = new URL("../", import.meta.url)): Plugin {
  return {
    name: "nearmiss:geo-check",
    apply: "build",
    buildStart() {
      const load = (file: string) => ({
        file,
        text: readFileSync(fileURLToPath(new URL(file, root)), "utf8"),
      });
      const failure = geoCheckFailure({
        missions: load(GEO_FILES.missions),
        strikes: load(GEO_FILES.strikes),
        events: load(GEO_FILES.events),
      });
      if (failure) this.error(failure);
    },
  };
}

import { importBytes } from "@/import/import-file";
import { mulberry32 } from "../scripts/synthetic-strikes";
const WEAPONS = ["Shahed-136", "Kh-101", "Iskander-M", "drone", "", "Kalibr"];
const rand = mulberry32(42);
const lines = ["id,date,time,lat,lon,name,weapon,source,uncertainty_m"];
const start = Date.UTC(2024, 0, 1);
for (let i = 0; i < 100000; i++) {
  const d = new Date(start + Math.floor(rand() * 700 * 86_400_000));
  const bad = rand() < 0.01;
  lines.push(`ev-${i},${d.toISOString().slice(0, 10)},${d.toISOString().slice(11, 16)},${bad ? "n/a" : (50.3 + rand() * 0.3).toFixed(5)},${(30.3 + rand() * 0.5).toFixed(5)},Event ${i},${WEAPONS[Math.floor(rand() * 6)]},https://example.org/e/${i},${rand() < 0.5 ? "" : 100}`);
}
const bytes = new TextEncoder().encode(lines.join("\n") + "\n");
const settings = { target: "strikes", zone: "Europe/Kyiv", defaultUncertaintyM: 500, layerId: "bench" } as const;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  // @ts-ignore
  const out = await importBytes("x.csv", bytes, settings);
  console.log((performance.now() - t0).toFixed(0), "ms");
}

/**
 * `npm run bench:import`: Node benchmark of the import pipeline (importBytes) on synthetic CSVs of
 * 10k and 100k rows (seeded, generated here; Kyiv-area points, local times without offset, a
 * weapon and a link per row, 1 % bad rows). Floor: a plain papaparse parse of the same text in the
 * same run; the ratio is what detection, validation and record building cost on top of parsing.
 * The browser path (drop → drawn) is measured by the UI's benchmark, not here.
 */
import Papa from "papaparse";
import { importBytes } from "@/import/import-file";
import type { ImportOutcome } from "@/import/types";
import { fmt, printTable } from "./bench/timing";
import { mulberry32 } from "./synthetic-strikes";

const SIZES = [10_000, 100_000] as const;
const RUNS = 3;
const WEAPONS = ["Shahed-136", "Kh-101", "Iskander-M", "drone", "", "Kalibr"];

function syntheticCsv(rows: number): string {
  const rand = mulberry32(42);
  const lines = ["id,date,time,lat,lon,name,weapon,source,uncertainty_m"];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const d = new Date(start + Math.floor(rand() * 700 * 86_400_000));
    const date = d.toISOString().slice(0, 10);
    const time = d.toISOString().slice(11, 16);
    const bad = rand() < 0.01;
    const lat = bad ? "n/a" : (50.3 + rand() * 0.3).toFixed(5);
    const lon = (30.3 + rand() * 0.5).toFixed(5);
    const weapon = WEAPONS[Math.floor(rand() * WEAPONS.length)] ?? "";
    lines.push(
      `ev-${i},${date},${time},${lat},${lon},Event ${i},${weapon},https://example.org/e/${i},${rand() < 0.5 ? "" : 100}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ medianMs: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN, result: result as T };
}

const settings = {
  target: "strikes",
  zone: "Europe/Kyiv",
  defaultUncertaintyM: 500,
  layerId: "bench",
} as const;
const table: string[][] = [];
for (const n of SIZES) {
  const text = syntheticCsv(n);
  const bytes = new TextEncoder().encode(text);
  const floor = await timeAsync(
    async () => Papa.parse<string[]>(text, { delimiter: "," }).data.length,
  );
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const run = await timeAsync<ImportOutcome>(() => importBytes("bench.csv", bytes, settings));
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const o = run.result;
  const errors = o.problems.filter((p) => p.severity === "error").length;
  table.push([
    n.toLocaleString("en"),
    `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`,
    fmt(run.medianMs, " ms"),
    `${Math.round(n / (run.medianMs / 1000)).toLocaleString("en")}`,
    fmt(floor.medianMs, " ms"),
    `${(run.medianMs / floor.medianMs).toFixed(1)}×`,
    `${Math.round((peakHeap - heapBefore) / 1024 / 1024)} MB`,
    `${o.strikes.length.toLocaleString("en")} / ${errors}`,
  ]);
}
console.log(
  `importBytes on synthetic CSV (median of ${RUNS}); floor = papaparse alone on the same text`,
);
printTable(
  [
    "rows",
    "size",
    "importBytes",
    "rows/s",
    "papaparse",
    "ratio",
    "heap Δ peak",
    "strikes / errors",
  ],
  table,
);

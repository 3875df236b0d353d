/**
 * `npm run bench [-- --json]`: Node benchmark of the analysis engine on 1k, 10k and 100k synthetic
 * strikes spread over Ukraine (scripts/synthetic-strikes.ts, seed 42), each task beside a plain
 * baseline measured in the same run, plus the geodesic error against GeodTest. Not part of
 * `npm test`. With `--json` the last line is one JSON object with the headline figures.
 */
import geographiclib from "geographiclib-geodesic";
import { binStrikes } from "@/analysis/bins";
import { bulkDistancesInto } from "@/analysis/bulk-geodesic";
import { geodesicTerms, strikeColumnsFrom } from "@/analysis/columns";
import { dbscan, dbscanLabel } from "@/analysis/dbscan";
import { kernelDistanceM, kernelPoint } from "@/analysis/fast-geodesic";
import { geodesicInverse } from "@/analysis/geodesic";
import { closestPerNight } from "@/analysis/nights";
import { type MissionLike, nearestMissionIndex, nearestMissions } from "@/analysis/proximity";
import { siteHistory, strikeTimeSpans, type TimedStrike } from "@/analysis/site-history";
import { windowRange } from "@/analysis/time-index";
import { naiveDayBins, scanWindow, turfDbscan, turfNearest } from "./bench/baselines";
import { readGeodTest } from "./bench/geodtest";
import { fmt, measure, printTable } from "./bench/timing";
import { mulberry32, syntheticColumns } from "./synthetic-strikes";

const json = process.argv.includes("--json");
const SIZES = [1_000, 10_000, 100_000] as const;
const MISSIONS: MissionLike[] = [
  { id: "kyiv-embassy", lngLat: [30.49056, 50.46082], uncertaintyM: 30 },
  { id: "kharkiv", lngLat: [36.23, 49.99], uncertaintyM: 300 },
  { id: "odesa-area", lngLat: [30.63, 46.45], uncertaintyM: 1000 },
  { id: "odesa-city", lngLat: [30.73, 46.48], uncertaintyM: 300 },
  { id: "orlivka", lngLat: [28.45, 45.3], uncertaintyM: 1000 },
  { id: "kyiv-park", lngLat: [30.4915, 50.4603], uncertaintyM: 50 },
];
const MISSION_PTS = MISSIONS.map((m): [number, number] => [m.lngLat[0], m.lngLat[1]]);
const G = geographiclib.Geodesic;

const rows: string[][] = [];
const out: Record<string, number | boolean | null> = {};
const k = (n: number) => `${n / 1000}k`;
const ratio = (base: number, ours: number) => `${fmt(base / ours)}×`;

function geodesicErrors() {
  const lines = [
    ...readGeodTest("GeodTest-100.dat"),
    ...readGeodTest("GeodTest-short-every3rd.dat"),
  ];
  let distErr = 0;
  let aziErr = 0;
  let aziDisplacement = 0;
  let kernelErr = 0;
  for (const r of lines) {
    const g = geodesicInverse([r.lon1, r.lat1], [r.lon2, r.lat2]);
    distErr = Math.max(distErr, Math.abs(g.distanceM - r.s12));
    const da = Math.abs(((g.initialBearingDeg - r.azi1 + 540) % 360) - 180);
    // Nearly antipodal lines (|m12| < 1 km) have azimuths undetermined to double precision: for
    // them the error that matters is the far-end displacement m12·δα.
    if (Math.abs(r.m12) >= 1000) aziErr = Math.max(aziErr, da);
    aziDisplacement = Math.max(aziDisplacement, ((da * Math.PI) / 180) * Math.abs(r.m12));
    const p = kernelPoint(r.lon2, r.lat2);
    const s = kernelDistanceM(
      kernelPoint(r.lon1, r.lat1),
      r.lon2,
      r.lat2,
      p.sinLng,
      p.cosLng,
      p.sinBeta,
      p.cosBeta,
    );
    kernelErr = Math.max(kernelErr, Math.abs(s - r.s12));
  }
  // The loop kernel used for the nearest-mission distances, on the same lines.
  const lng = Float64Array.from(lines, (r) => r.lon2);
  const lat = Float64Array.from(lines, (r) => r.lat2);
  const bulk = new Float64Array(lines.length).fill(Number.NaN);
  bulkDistancesInto(
    lines.map((r) => kernelPoint(r.lon1, r.lat1)),
    Int32Array.from(lines, (_, i) => i),
    { lng, lat },
    geodesicTerms({ lng, lat }),
    bulk,
  );
  const bulkErr = lines.reduce((e, r, i) => Math.max(e, Math.abs((bulk[i] as number) - r.s12)), 0);
  return { lines: lines.length, distErr, aziErr, aziDisplacement, kernelErr, bulkErr };
}

for (const n of SIZES) {
  const raw = syntheticColumns(n, 42);
  const built = measure(() => strikeColumnsFrom(raw.lng, raw.lat, raw.tMs, raw.uncertaintyM), 3);
  const cols = built.result;
  const pts = Array.from(raw.lng, (x, i): [number, number] => [x, raw.lat[i] as number]);
  rows.push([k(n), "build columns (once per data set)", fmt(built.medianMs, " ms"), "—", "—"]);

  // Nearest mission for every strike.
  const ours = measure(() => nearestMissions(cols, MISSIONS), 11);
  const turf = measure(() => turfNearest(pts, MISSION_PTS), 7);
  const indexOnly = measure(() => nearestMissionIndex(cols, MISSIONS), 11);
  let identical = true;
  let maxDiff = 0;
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    for (let j = 0; j < MISSIONS.length; j++) {
      const d =
        G.WGS84.Inverse(
          pts[i]?.[1] ?? 0,
          pts[i]?.[0] ?? 0,
          MISSION_PTS[j]?.[1] ?? 0,
          MISSION_PTS[j]?.[0] ?? 0,
          G.DISTANCE,
        ).s12 ?? 0;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    if (ours.result.index[i] !== best) identical = false;
    maxDiff = Math.max(maxDiff, Math.abs((ours.result.distanceM[i] as number) - bestD));
  }
  const turfDisagree = turf.result.reduce((c, j, i) => c + (j !== ours.result.index[i] ? 1 : 0), 0);
  rows.push([
    k(n),
    `nearest mission, exact (= geographiclib argmin: ${identical}, max Δ ${maxDiff.toExponential(1)} m)`,
    fmt(ours.medianMs, " ms"),
    `${fmt(turf.medianMs, " ms")} turf.distance loop (${turfDisagree} other picks)`,
    ratio(turf.medianMs, ours.medianMs),
  ]);

  const sameIndex = indexOnly.result.every((j, i) => j === ours.result.index[i]);
  rows.push([
    k(n),
    `nearest mission index only (same picks: ${sameIndex})`,
    fmt(indexOnly.medianMs, " ms"),
    `${fmt(turf.medianMs, " ms")} turf.distance loop`,
    ratio(turf.medianMs, indexOnly.medianMs),
  ]);

  // Window query: 7-day windows at random positions.
  const rnd = mulberry32(7);
  const t0 = raw.tMs[0] ?? 0;
  const span = (raw.tMs[n - 1] ?? 0) - t0;
  const windows = Array.from({ length: 20_000 }, () => {
    const startMs = t0 + rnd() * span;
    return { startMs, endMs: startMs + 7 * 86_400_000 };
  });
  let sink = 0;
  const win = measure(() => {
    for (const w of windows) sink += windowRange(cols.tMs, w)[1];
    return sink;
  }, 5);
  const scanWins = windows.slice(0, n >= 100_000 ? 200 : 2000);
  const scan = measure(() => {
    for (const w of scanWins) sink += scanWindow(cols.tMs, w.startMs, w.endMs);
    return sink;
  }, 3);
  const winUs = (win.medianMs * 1000) / windows.length;
  const scanUs = (scan.medianMs * 1000) / scanWins.length;
  rows.push([
    k(n),
    "window query (7 days), per query",
    fmt(winUs, " µs"),
    `${fmt(scanUs, " µs")} linear scan`,
    ratio(scanUs, winUs),
  ]);

  // Histogram: day bins in Kyiv local time over the whole history.
  const domain = { startMs: t0, endMs: (raw.tMs[n - 1] ?? 0) + 1 };
  const bins = measure(() => binStrikes(cols.tMs, domain, "day", "Europe/Kyiv"), 5);
  const naive = measure(() => naiveDayBins(cols.tMs, "Europe/Kyiv"), 3);
  const binsAgree = bins.result.filter((b) => b.count > 0).length === naive.result.size;
  rows.push([
    k(n),
    `day bins, Europe/Kyiv (${bins.result.length} bins; same days as naive: ${binsAgree}; cold ${fmt(bins.firstMs, " ms")})`,
    fmt(bins.medianMs, " ms"),
    `${fmt(naive.medianMs, " ms")} Intl per strike`,
    ratio(naive.medianMs, bins.medianMs),
  ]);

  // A site's whole history (mission panel): spans + distances + slices, beside the old per-night path.
  const timed = Array.from(
    raw.tMs,
    (tMs, i): TimedStrike => ({ tMs, timePrecision: i % 3 === 0 ? "day" : "minute" }),
  );
  const embassy = MISSIONS[0] as MissionLike;
  const hist = measure(() => siteHistory(embassy, cols, strikeTimeSpans(timed)), 5);
  const perNight = measure(() => closestPerNight(embassy, cols), 5);
  rows.push([
    k(n),
    `site history, whole data (${hist.result.marks.length} marks for ${hist.result.total} strikes)`,
    fmt(hist.medianMs, " ms"),
    `${fmt(perNight.medianMs, " ms")} old closest-per-night (dropped daytime)`,
    ratio(perNight.medianMs, hist.medianMs),
  ]);

  // DBSCAN at 1 km, minPoints 3.
  const db = measure(() => dbscan(cols, 1000, 3), n >= 100_000 ? 4 : 7);
  let turfMs: number | null = null;
  let same: boolean | null = null;
  if (n <= 10_000) {
    const t = measure(() => turfDbscan(pts, 1000, 3), n >= 10_000 ? 1 : 3);
    turfMs = t.medianMs;
    same = t.result.every(
      ([c, l], i) => c === db.result.clusterIds[i] && l === dbscanLabel(db.result, i),
    );
  }
  rows.push([
    k(n),
    `DBSCAN 1 km, minPoints 3 (${db.result.clusterCount} clusters; identical to Turf: ${same ?? "not run"})`,
    fmt(db.medianMs, " ms"),
    turfMs === null
      ? "not run: turf.clustersDbscan is O(n²), ~90 s at 100k"
      : `${fmt(turfMs, " ms")} turf.clustersDbscan`,
    turfMs === null ? "—" : ratio(turfMs, db.medianMs),
  ]);

  if (n === 100_000) {
    Object.assign(out, {
      columns100kMs: built.medianMs,
      nearest100kMs: ours.medianMs,
      nearestCold100kMs: ours.firstMs,
      nearestTurf100kMs: turf.medianMs,
      nearestIdentical100k: identical,
      nearestIndexOnly100kMs: indexOnly.medianMs,
      window100kUs: winUs,
      windowScan100kUs: scanUs,
      bins100kMs: bins.medianMs,
      binsCold100kMs: bins.firstMs,
      binsNaive100kMs: naive.medianMs,
      dbscan100kMs: db.medianMs,
      dbscanTurf100kMs: null,
    });
  }
  if (n === 10_000)
    Object.assign(out, {
      dbscan10kMs: db.medianMs,
      dbscanTurf10kMs: turfMs,
      dbscanIdentical10k: same,
    });
}

const geo = geodesicErrors();
rows.push([
  "—",
  `GeodTest (${geo.lines} lines): geodesicInverse max distance error; azimuth ${geo.aziErr.toExponential(1)}° (|m12| ≥ 1 km), m12·δα ≤ ${geo.aziDisplacement.toExponential(1)} m`,
  `${geo.distErr.toExponential(2)} m`,
  `kernel ${geo.kernelErr.toExponential(2)} m, loop kernel ${geo.bulkErr.toExponential(2)} m`,
  "—",
]);
Object.assign(out, {
  geodesicMaxErrM: geo.distErr,
  geodesicMaxAziErrDeg: geo.aziErr,
  kernelMaxErrM: geo.kernelErr,
  bulkKernelMaxErrM: geo.bulkErr,
});

console.log(
  `Nearmiss analysis benchmark — Node ${process.version}, ${MISSIONS.length} missions, synthetic strikes (seed 42)`,
);
printTable(["N", "task", "Nearmiss", "baseline (same run)", "speed-up"], rows);
if (json) console.log(JSON.stringify(out));

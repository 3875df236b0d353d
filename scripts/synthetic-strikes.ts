/**
 * Synthetic strikes for benchmarks, in the on-disk format of geo/strikes.geojson (snake_case
 * properties). Clearly fake: names "Synthetic strike N", source https://example.org/synthetic and
 * `metadata.synthetic: true`. Deterministic for a seed (mulberry32 PRNG).
 *
 * CLI:    tsx scripts/synthetic-strikes.ts 100000 out.geojson [seed]
 * Import: syntheticStrikeCollection(n, seed) → object; syntheticStrikesJson(n, seed) → string;
 *         syntheticColumns(n, seed) → typed arrays (no GeoJSON) for Node benchmarks.
 *
 * Points: 65% scattered (Gaussian, σ 3–15 km) around 27 Ukrainian cities weighted towards the most
 * attacked ones, 35% uniform inside a coarse hand-drawn outline of Ukraine (about ±30 km), all
 * inside the data set's bounding box. Times: 24 Feb 2022 – 31 Dec 2025, 70% at night.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { zoneOffsetMs } from "@/analysis/time-zone";

const CITIES: readonly [lng: number, lat: number, weight: number][] = [
  [30.52, 50.45, 10],
  [36.23, 49.99, 12],
  [30.73, 46.48, 9],
  [35.05, 48.46, 7],
  [35.14, 47.84, 8],
  [24.03, 49.84, 2],
  [31.99, 46.97, 5],
  [32.62, 46.64, 8],
  [34.8, 50.91, 6],
  [31.29, 51.5, 3],
  [34.55, 49.59, 2],
  [33.39, 47.91, 4],
  [28.47, 49.23, 2],
  [26.99, 49.42, 2],
  [28.84, 45.35, 2],
  [35.87, 48.53, 2],
  [37.56, 48.72, 4],
  [30.12, 49.8, 1],
  [28.66, 50.25, 2],
  [24.71, 48.92, 1],
  [25.59, 49.55, 1],
  [26.25, 50.62, 1],
  [25.33, 50.75, 1],
  [22.29, 48.62, 0.5],
  [32.06, 49.44, 1],
  [32.26, 48.51, 1],
  [25.94, 48.29, 0.5],
];
/** Coarse outline of Ukraine (mainland and Crimea), [lng, lat], for rejection sampling only. */
const OUTLINE: readonly [number, number][] = [
  [22.15, 48.4],
  [22.7, 49.6],
  [23.7, 50.4],
  [23.6, 51.5],
  [25.5, 51.9],
  [27.8, 51.6],
  [30.6, 51.3],
  [30.9, 52.05],
  [32.2, 52.1],
  [33.3, 52.3],
  [34.4, 51.25],
  [35.4, 50.6],
  [37.6, 50.3],
  [38.2, 49.95],
  [40.1, 49.6],
  [40.15, 48.8],
  [39.8, 47.85],
  [38.25, 47.1],
  [36.8, 46.7],
  [35.2, 46.1],
  [36.6, 45.4],
  [34.4, 44.45],
  [33.5, 44.5],
  [32.5, 45.4],
  [33.6, 45.9],
  [31.7, 46.3],
  [30.8, 46.55],
  [30.2, 45.85],
  [29.7, 45.25],
  [28.2, 45.45],
  [28.6, 46.4],
  [30.1, 46.4],
  [29.6, 47.3],
  [29.1, 47.9],
  [27.5, 48.45],
  [26.6, 48.25],
  [24.9, 47.7],
  [23.0, 47.95],
];
const BBOX = { minLng: 22.0, maxLng: 40.3, minLat: 44.3, maxLat: 52.4 };
const START_MS = Date.UTC(2022, 1, 24);
const END_MS = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;
const WEAPONS = [
  "ballistic",
  "aeroballistic",
  "cruise",
  "drone",
  "drone",
  "drone",
  "unknown",
] as const;
const PRECISION: readonly [name: string, minM: number, maxM: number][] = [
  ["exact", 10, 150],
  ["street", 50, 1000],
  ["district", 300, 10_000],
  ["city", 2000, 25_000],
];

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function insideOutline(lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = OUTLINE.length - 1; i < OUTLINE.length; j = i++) {
    const [xi, yi] = OUTLINE[i] as [number, number];
    const [xj, yj] = OUTLINE[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The city whose cumulative weight first reaches `w`. */
function pickCity(w: number): (typeof CITIES)[number] {
  let rest = w;
  for (const c of CITIES) {
    rest -= c[2];
    if (rest <= 0) return c;
  }
  return CITIES[CITIES.length - 1] as (typeof CITIES)[number];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Typed columns of `n` synthetic strikes sorted by time (deterministic for `seed`). */
export function syntheticColumns(n: number, seed = 1) {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be an integer ≥ 0, got ${n}`);
  const rnd = mulberry32(seed);
  const totalWeight = CITIES.reduce((s, c) => s + c[2], 0);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const rows: { lng: number; lat: number; tMs: number; precision: number; u: number }[] = [];
  for (let i = 0; i < n; i++) {
    let lng: number;
    let lat: number;
    do {
      if (rnd() < 0.65) {
        const city = pickCity(rnd() * totalWeight);
        const sigmaDeg = 0.03 + rnd() * 0.12;
        lat = city[1] + gauss() * sigmaDeg;
        lng = city[0] + (gauss() * sigmaDeg) / Math.cos((city[1] * Math.PI) / 180);
      } else {
        lng = BBOX.minLng + rnd() * (BBOX.maxLng - BBOX.minLng);
        lat = BBOX.minLat + rnd() * (BBOX.maxLat - BBOX.minLat);
        if (!insideOutline(lng, lat)) lng = Number.NaN;
      }
    } while (
      !(lng >= BBOX.minLng && lng <= BBOX.maxLng && lat >= BBOX.minLat && lat <= BBOX.maxLat)
    );
    const day = START_MS + Math.floor(rnd() * ((END_MS - START_MS) / DAY_MS)) * DAY_MS;
    const hourUtc = rnd() < 0.7 ? (17 + rnd() * 11) % 24 : rnd() * 24;
    const tMs = day + Math.floor(hourUtc * 60) * 60_000;
    const precision = Math.floor(rnd() * PRECISION.length);
    const [, lo, hi] = PRECISION[precision] as (typeof PRECISION)[number];
    rows.push({
      lng: round6(lng),
      lat: round6(lat),
      tMs,
      precision,
      u: Math.round(lo + rnd() * (hi - lo)),
    });
  }
  rows.sort((a, b) => a.tMs - b.tMs);
  return {
    lng: Float64Array.from(rows, (r) => r.lng),
    lat: Float64Array.from(rows, (r) => r.lat),
    tMs: Float64Array.from(rows, (r) => r.tMs),
    uncertaintyM: Float64Array.from(rows, (r) => r.u),
    precision: Uint8Array.from(rows, (r) => r.precision),
  };
}

/** ISO 8601 with Kyiv's offset at that instant, e.g. 2024-03-01T23:15:00+02:00. */
function kyivIso(tMs: number): string {
  const off = zoneOffsetMs(tMs, "Europe/Kyiv");
  const local = new Date(tMs + off).toISOString().slice(0, 19);
  const m = Math.abs(off) / 60_000;
  const sign = off < 0 ? "-" : "+";
  return `${local}${sign}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** A GeoJSON FeatureCollection of `n` synthetic strikes (see module doc). */
export function syntheticStrikeCollection(n: number, seed = 1) {
  const c = syntheticColumns(n, seed);
  const rnd = mulberry32(seed ^ 0x5eed);
  const features = Array.from({ length: n }, (_, i) => {
    const id = `synthetic-${String(i + 1).padStart(6, "0")}`;
    const [precision] = PRECISION[c.precision[i] as number] as (typeof PRECISION)[number];
    const weapon = WEAPONS[Math.floor(rnd() * WEAPONS.length)] as string;
    return {
      type: "Feature" as const,
      id,
      geometry: { type: "Point" as const, coordinates: [c.lng[i] as number, c.lat[i] as number] },
      properties: {
        id,
        name: { en: `Synthetic strike ${i + 1}` },
        time: kyivIso(c.tMs[i] as number),
        time_precision: "minute",
        weapon_class: weapon,
        weapon_text: `synthetic ${weapon}`,
        damage: "Synthetic record: no damage data.",
        casualties: { note: "Synthetic record: no casualty data." },
        mission_ids: [] as string[],
        description: "Synthetic strike generated for benchmarks. Not a real event.",
        confidence: "low",
        location_precision: precision,
        uncertainty_m: c.uncertaintyM[i] as number,
        ...(precision === "exact"
          ? {}
          : { location_method: "Synthetic: random point (benchmark data)" }),
        sources: [
          {
            url: "https://example.org/synthetic",
            publisher: "Nearmiss synthetic generator",
            title: "Synthetic data",
          },
        ],
        disputed: [] as unknown[],
      },
    };
  });
  return {
    type: "FeatureCollection" as const,
    metadata: {
      version: "2025-01-01",
      title: `Synthetic strikes (${n}), NOT REAL EVENTS`,
      licence: "CC0-1.0",
      synthetic: true,
      seed,
      generator: "scripts/synthetic-strikes.ts",
    },
    features,
  };
}

/** The collection as JSON text. */
export function syntheticStrikesJson(n: number, seed = 1): string {
  return JSON.stringify(syntheticStrikeCollection(n, seed));
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const [nArg, out, seedArg] = process.argv.slice(2);
  const n = Number(nArg);
  if (!out || !Number.isInteger(n) || n < 0) {
    console.error("usage: tsx scripts/synthetic-strikes.ts <count> <out.geojson> [seed]");
    process.exit(2);
  }
  writeFileSync(out, syntheticStrikesJson(n, seedArg === undefined ? 1 : Number(seedArg)));
  console.error(`wrote ${n} synthetic strikes to ${out}`);
}

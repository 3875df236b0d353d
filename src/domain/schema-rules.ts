/**
 * Building blocks and cross-field rules shared by the geo-file schemas in ./schema.ts.
 * They are the data set's contract; geo/README.md documents them for curators.
 */
import { z } from "zod";
import type { LocationPrecision } from "./types";

// No `new Function` (zod's JIT): the Content-Security-Policy forbids eval. Every schema module
// imports this file, so the setting is in place before any schema is used.
z.config({ jitless: true });

/** Ukraine's bounding box in degrees: every point in the data set must fall inside it. */
export const UKRAINE_BBOX = { minLng: 22.0, maxLng: 40.3, minLat: 44.3, maxLat: 52.4 } as const;

/**
 * Allowed `uncertainty_m` range (inclusive, metres) per `location_precision`.
 * exact: a point published or geolocated for the thing itself (Bellingcat obscures up to 150 m);
 * street: an address or street is known; district: a city district or raion;
 * city: only the city or village. A city-level point is never claimed to within metres.
 */
export const UNCERTAINTY_BOUNDS_M: Readonly<Record<LocationPrecision, readonly [number, number]>> =
  {
    exact: [1, 150],
    street: [10, 1000],
    district: [300, 10_000],
    city: [2000, 25_000],
  };

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id must be kebab-case (a-z, 0-9, single hyphens)");
export const text = z.string().trim().min(1, "must not be empty");
/**
 * The instants the app handles: 2000-01-01 to 2099-12-31 UTC. The time-zone code builds offset
 * tables over the data's span, so a stray year (1700, 9999) must be refused here, as a data issue.
 */
/** The calendar years (UTC) the app handles, inclusive: one constant for the schema and the importer. */
export const DATA_YEARS = { first: 2000, last: 2099 } as const;

export const DATA_TIME_RANGE = {
  fromMs: Date.UTC(DATA_YEARS.first, 0, 1),
  toMs: Date.UTC(DATA_YEARS.last + 1, 0, 1),
  label: `${DATA_YEARS.first}–${DATA_YEARS.last}`,
} as const;

/** ISO 8601 instant with seconds and an explicit offset ("Z" allowed, local times rejected). */
export const isoInstant = z.iso
  .datetime({
    offset: true,
    message: "time must be ISO 8601 with seconds and an offset, e.g. 2025-11-14T01:00:00+02:00",
  })
  .refine(
    (t) => {
      const tMs = Date.parse(t);
      // An unreadable time is already reported by the format check above.
      return Number.isNaN(tMs) || (tMs >= DATA_TIME_RANGE.fromMs && tMs < DATA_TIME_RANGE.toMs);
    },
    { message: `time must fall in the years ${DATA_TIME_RANGE.label}` },
  );
/** A calendar date, YYYY-MM-DD (validated, so 2025-02-30 fails). */
export const isoDateSchema = z.iso.date();
/** Only http: and https: links are allowed in sources. */
export const httpUrl = z.url({ protocol: /^https?$/, message: "source url must be http(s)" });

export const confidenceSchema = z.enum(["high", "medium", "low"]);
export const locationPrecisionSchema = z.enum(["exact", "street", "district", "city"]);
/** `window`: no reported time, only a reported window; `time` is its midpoint (see checkTimeWindow). */
export const timePrecisionSchema = z.enum(["minute", "hour", "day", "night", "window"]);

/** The reported window a `window`-precision time lies in, both ends ISO instants with offsets. */
export const timeWindowSchema = z.strictObject({ start: isoInstant, end: isoInstant });
export const weaponClassSchema = z.enum([
  "ballistic",
  "aeroballistic",
  "cruise",
  "drone",
  "unknown",
]);
export const missionKindSchema = z.enum([
  "embassy",
  "consular-section",
  "honorary-consulate",
  "socar-facility",
  "linked-infrastructure",
  "landmark",
]);

export const sourceSchema = z.strictObject({
  url: httpUrl,
  publisher: text,
  date: isoDateSchema.optional(),
  title: text,
  /** A web-archive snapshot of the page, when one was found (sources disappear). */
  archive_url: httpUrl.optional(),
});

export const disputeSchema = z.strictObject({ what: text, by: text, detail: text.optional() });

export const nameSchema = z.strictObject({ en: text, uk: text.optional(), az: text.optional() });

/** GeoJSON Point inside Ukraine's bounding box, `[lng, lat]`, no altitude. */
export const pointSchema = z.strictObject({
  type: z.literal("Point"),
  coordinates: z.tuple([
    z.number().min(UKRAINE_BBOX.minLng).max(UKRAINE_BBOX.maxLng),
    z.number().min(UKRAINE_BBOX.minLat).max(UKRAINE_BBOX.maxLat),
  ]),
});

export const provenanceShape = {
  confidence: confidenceSchema,
  location_precision: locationPrecisionSchema,
  uncertainty_m: z.number().positive(),
  location_method: text.optional(),
  sources: z.array(sourceSchema).min(1, "at least one source"),
  disputed: z.array(disputeSchema),
};

export type ProvenanceIn = {
  location_precision: LocationPrecision;
  uncertainty_m: number;
  location_method?: string | undefined;
};

/** Shared rules: uncertainty within the precision's bounds; estimated points say how. */
export function checkProvenance(p: ProvenanceIn, ctx: z.core.$RefinementCtx): void {
  const [lo, hi] = UNCERTAINTY_BOUNDS_M[p.location_precision];
  if (p.uncertainty_m < lo || p.uncertainty_m > hi) {
    ctx.addIssue({
      code: "custom",
      path: ["uncertainty_m"],
      message: `uncertainty_m ${p.uncertainty_m} is inconsistent with location_precision "${p.location_precision}" (allowed ${lo}–${hi} m)`,
    });
  }
  if (p.location_precision !== "exact" && p.location_method === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["location_method"],
      message: `location_method is required: a "${p.location_precision}" point is an estimate`,
    });
  }
}

export interface TimeIn {
  time: string;
  time_precision: string;
  time_window?: { start: string; end: string } | undefined;
}

/** Largest allowed gap between `time` and its window's midpoint (the midpoint rounded to a minute). */
const MIDPOINT_SLACK_MS = 60_000;

/**
 * A `window` time needs `time_window` (start before end) and sits at the window's midpoint, so
 * it never reads as a reported time; any other precision must not carry a window.
 */
export function checkTimeWindow(p: TimeIn, ctx: z.core.$RefinementCtx): void {
  const w = p.time_window;
  if (p.time_precision !== "window") {
    if (w) {
      ctx.addIssue({
        code: "custom",
        path: ["time_window"],
        message: `time_window is only allowed with time_precision "window" (got "${p.time_precision}")`,
      });
    }
    return;
  }
  if (!w) {
    ctx.addIssue({
      code: "custom",
      path: ["time_window"],
      message: 'time_precision "window" needs time_window {start, end}',
    });
    return;
  }
  const start = Date.parse(w.start);
  const end = Date.parse(w.end);
  if (!(start < end)) {
    ctx.addIssue({
      code: "custom",
      path: ["time_window", "end"],
      message: "window end must be after its start",
    });
    return;
  }
  if (Math.abs(Date.parse(p.time) - (start + end) / 2) > MIDPOINT_SLACK_MS) {
    ctx.addIssue({
      code: "custom",
      path: ["time"],
      message: "a window-precision time must be the midpoint of time_window",
    });
  }
}

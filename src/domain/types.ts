/**
 * Domain types shared by every layer. Coordinates are always `[lng, lat]` in degrees (WGS84),
 * distances are metres unless the name says otherwise, instants are epoch milliseconds (`tMs`).
 */

/** A position as `[longitude, latitude]` in degrees, GeoJSON order. */
export type LngLat = readonly [lng: number, lat: number];

/** A closed-open time interval `[startMs, endMs)` in epoch milliseconds. */
export interface TimeWindow {
  readonly startMs: number;
  readonly endMs: number;
}

/** Which data layer a record belongs to: "builtin" for the shipped data set, else an imported layer's id. */
export type LayerId = string;
/** The layer id of the shipped data set; a record without `layerId` belongs to it. */
export const BUILTIN_LAYER = "builtin";

/** A value the importer filled in because the input did not state it — always shown as a default. */
export type DefaultedField =
  | "uncertainty"
  | "time-zone"
  | "weapon"
  | "confidence"
  | "precision"
  | "source";

export type Confidence = "high" | "medium" | "low";
/** How precisely the point is known: exact spot, street/address, district, or only the city. */
export type LocationPrecision = "exact" | "street" | "district" | "city";
/**
 * How far to trust a time. `window`: only a reported window is known (`timeWindow`); the instant
 * is its midpoint and must never be shown as a reported time.
 */
export type TimePrecision = "minute" | "hour" | "day" | "night" | "window";
/** Normalised weapon classes used for symbols and the legend. */
export type WeaponClass = "ballistic" | "aeroballistic" | "cruise" | "drone" | "unknown";
export type MissionKind =
  | "embassy"
  | "consular-section"
  | "honorary-consulate"
  | "socar-facility"
  | "linked-infrastructure"
  | "landmark"
  /** A site to protect that the user imported from a file or added on the map. */
  | "imported-site";

export interface LocalizedName {
  readonly en: string;
  readonly uk?: string | undefined;
  readonly az?: string | undefined;
}

export interface SourceRef {
  /** Always http(s); checked by the parser. */
  readonly url: string;
  readonly publisher: string;
  /** ISO date (YYYY-MM-DD) the source was published, when known. */
  readonly date?: string | undefined;
  readonly title: string;
  /** A web-archive snapshot of the page, when one was found; always http(s). */
  readonly archiveUrl?: string | undefined;
}

export interface Dispute {
  /** The fact in dispute, e.g. "date", "attribution". */
  readonly what: string;
  /** Who disputes or holds the competing claim. */
  readonly by: string;
  readonly detail?: string | undefined;
}

/** Fields every mapped record carries to state how much it can be trusted. */
export interface Provenance {
  readonly confidence: Confidence;
  readonly locationPrecision: LocationPrecision;
  /** Radius in metres within which the true location lies (1σ-ish, stated by the curator). */
  readonly uncertaintyM: number;
  /** How an estimated point was derived; absent only when a source gives the point itself. */
  readonly locationMethod?: string | undefined;
  readonly sources: readonly SourceRef[];
  readonly disputed: readonly Dispute[];
  /** The layer the record came from; undefined ≡ {@link BUILTIN_LAYER}. */
  readonly layerId?: LayerId | undefined;
  /** Fields the importer filled with a default because the input did not state them. */
  readonly defaulted?: readonly DefaultedField[] | undefined;
}

export interface Mission extends Provenance {
  readonly id: string;
  /** Positive integer id for MapLibre feature-state; stable within one load. */
  readonly mapId: number;
  readonly name: LocalizedName;
  readonly kind: MissionKind;
  readonly lngLat: LngLat;
  readonly address?: string | undefined;
  readonly description: string;
  /** Set for records that are not Azerbaijani (e.g. a pipeline operator's station), with why they are shown. */
  readonly flag?: string | undefined;
}

export interface Casualties {
  readonly killed?: number | undefined;
  readonly injured?: number | undefined;
  /** Free text when counts are unknown or need context. */
  readonly note?: string | undefined;
}

/** A distance to a mission as the sources word it ("~50 m", "35 steps"), for display beside the computed one. */
export interface ReportedDistance {
  readonly missionId: string;
  /** Lower bound in metres, when the wording gives one. */
  readonly minM?: number | undefined;
  /** Upper bound in metres, when the wording gives one. */
  readonly maxM?: number | undefined;
  /** The sources' wording, summarised. */
  readonly wording: string;
}

export interface Strike extends Provenance {
  readonly id: string;
  /** Positive integer id for MapLibre feature-state; index in time order + 1. */
  readonly mapId: number;
  readonly name: LocalizedName;
  /** The instant as written in the data: ISO 8601 with offset. */
  readonly time: string;
  /** Epoch milliseconds of `time`. */
  readonly tMs: number;
  readonly timePrecision: TimePrecision;
  /** The reported window, for `window` precision (epoch ms, closed). */
  readonly timeWindow?: TimeWindow | undefined;
  /** How the time was arrived at, when it is not a reported impact time. */
  readonly timeNote?: string | undefined;
  readonly weaponClass: WeaponClass;
  /** The source's own wording for the weapon. */
  readonly weaponText: string;
  readonly lngLat: LngLat;
  readonly description: string;
  readonly damage: string;
  readonly casualties: Casualties;
  /** Missions this strike is reported against (ids), if any. */
  readonly missionIds: readonly string[];
  /**
   * Distances the sources report to a mission. Optional; added by the data-set issue because
   * several impact points are unpublished and sit on the mission point, so the computed distance
   * alone would read as 0 m.
   */
  readonly reportedDistances?: readonly ReportedDistance[] | undefined;
}

export type DiplomaticEventKind =
  | "coordinates-handover"
  | "protest-note"
  | "summons"
  | "statement"
  | "reply";

export interface DiplomaticEvent {
  readonly id: string;
  readonly title: string;
  readonly kind: DiplomaticEventKind;
  readonly time: string;
  readonly tMs: number;
  readonly timePrecision: TimePrecision | "month" | "year";
  /** The reported window, for `window` precision. */
  readonly timeWindow?: TimeWindow | undefined;
  readonly description: string;
  readonly confidence: Confidence;
  readonly sources: readonly SourceRef[];
  readonly disputed: readonly Dispute[];
  readonly strikeIds: readonly string[];
}

/** A problem found while parsing a data file; never thrown, always reported to the user. */
export interface ParseIssue {
  readonly file: string;
  /** JSON-pointer-like path, e.g. "features/3/properties/time". */
  readonly path: string;
  readonly message: string;
}

export interface ParseResult<T> {
  readonly items: readonly T[];
  readonly issues: readonly ParseIssue[];
}

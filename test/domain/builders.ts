/** Test builders for on-disk (snake_case) records; every call returns a fresh object. */

/** Recursively freezes `value` so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const source = () => ({
  url: "https://example.org/report",
  publisher: "Example",
  date: "2025-11-14",
  title: "A report",
});

/** A valid mission Feature; `props` overrides properties, `coords` the point. */
export function missionFeature(
  props: Record<string, unknown> = {},
  coords: unknown = [30.49056, 50.46082],
): Record<string, unknown> {
  const id = (props.id as string | undefined) ?? "embassy-kyiv";
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: coords },
    properties: {
      id,
      name: { en: "Embassy" },
      kind: "embassy",
      description: "A mission.",
      confidence: "medium",
      location_precision: "street",
      uncertainty_m: 100,
      location_method: "Published point.",
      sources: [source()],
      disputed: [],
      ...props,
    },
  };
}

/** A valid strike Feature; `props` overrides properties, `coords` the point. */
export function strikeFeature(
  props: Record<string, unknown> = {},
  coords: unknown = [30.49056, 50.46082],
): Record<string, unknown> {
  const id = (props.id as string | undefined) ?? "strike-a";
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: coords },
    properties: {
      id,
      name: { en: "Strike" },
      time: "2025-11-14T01:00:00+02:00",
      time_precision: "hour",
      weapon_class: "ballistic",
      weapon_text: "missile",
      description: "What happened.",
      damage: "Wall destroyed.",
      casualties: { note: "None." },
      mission_ids: ["embassy-kyiv"],
      confidence: "high",
      location_precision: "street",
      uncertainty_m: 100,
      location_method: "Placed at the embassy point.",
      sources: [source()],
      disputed: [],
      ...props,
    },
  };
}

/** A FeatureCollection with the metadata member the schema requires. */
export function collection(features: unknown[], version = "2026-11-24"): Record<string, unknown> {
  return {
    type: "FeatureCollection",
    metadata: { version, title: "Test", licence: "CC BY 4.0" },
    features,
  };
}

/** A valid diplomatic event record. */
export function event(props: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "summons-a",
    title: "Ambassador summoned",
    kind: "summons",
    time: "2025-11-14T12:00:00+02:00",
    time_precision: "day",
    description: "Summoned.",
    confidence: "high",
    sources: [source()],
    disputed: [],
    strike_ids: ["strike-a"],
    ...props,
  };
}

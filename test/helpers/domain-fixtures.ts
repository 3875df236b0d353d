import type { Mission, Strike } from "@/domain/types";

/** Small hand-made domain records for component and state tests (not the real data set). */
export const embassy: Mission = {
  id: "embassy-test",
  mapId: 1,
  name: { en: "Test Embassy", az: "Test Səfirliyi" },
  kind: "embassy",
  lngLat: [30.49056, 50.46082],
  address: "Test street 1",
  description: "An embassy used in tests.",
  confidence: "high",
  locationPrecision: "street",
  uncertaintyM: 100,
  sources: [{ url: "https://example.org/embassy", publisher: "Example", title: "Embassy page" }],
  disputed: [],
};

export const consulate: Mission = {
  ...embassy,
  id: "consulate-test",
  mapId: 2,
  name: { en: "Test Consulate" },
  kind: "honorary-consulate",
  lngLat: [36.23, 49.99],
  confidence: "low",
  locationPrecision: "city",
  uncertaintyM: 5000,
  locationMethod: "City centre; the address is not geocoded.",
};

export function strike(overrides: Partial<Strike> & Pick<Strike, "id" | "time">): Strike {
  const tMs = Date.parse(overrides.time);
  return {
    mapId: 1,
    name: { en: `Strike ${overrides.id}` },
    tMs,
    timePrecision: "hour",
    weaponClass: "ballistic",
    weaponText: "Iskander-M",
    lngLat: [30.4906, 50.4612],
    description: "A test strike.",
    damage: "Windows broken.",
    casualties: { injured: 2 },
    missionIds: [],
    confidence: "medium",
    locationPrecision: "street",
    uncertaintyM: 150,
    sources: [{ url: "https://example.org/s", publisher: "Example", title: "Report" }],
    disputed: [],
    ...overrides,
  };
}

import type { DiplomaticEvent, Strike } from "@/domain/types";
import { createAppStore } from "@/state/store";
import { embassy, strike } from "../../helpers/domain-fixtures";

/** Strikes at known Kyiv times: three in the night of 13–14 Nov 2025, others outside it. */
const TIMES: ReadonlyArray<[string, string]> = [
  ["a", "2024-01-02T07:30:00+02:00"],
  ["b", "2025-11-13T22:00:00+02:00"],
  ["c", "2025-11-14T01:00:00+02:00"],
  ["d", "2025-11-14T03:15:00+02:00"],
  ["e", "2025-11-14T12:00:00+02:00"],
  ["f", "2025-11-20T23:00:00+02:00"],
];

export const STRIKES: readonly Strike[] = TIMES.map(([id, time], i) =>
  strike({ id, time, mapId: i + 1 }),
);

function event(
  overrides: Partial<DiplomaticEvent> & Pick<DiplomaticEvent, "id" | "time">,
): DiplomaticEvent {
  return {
    title: `Event ${overrides.id}`,
    kind: "statement",
    tMs: Date.parse(overrides.time),
    timePrecision: "day",
    description: "A test event.",
    confidence: "high",
    sources: [{ url: "https://example.org/event", publisher: "Example", title: "Event report" }],
    disputed: [],
    strikeIds: [],
    ...overrides,
  };
}

export const EVENTS: readonly DiplomaticEvent[] = [
  event({
    id: "handover",
    time: "2025-10-01T12:00:00+03:00",
    kind: "coordinates-handover",
    title: "Coordinates handed to Russia",
    sources: [
      { url: "https://example.org/handover", publisher: "Example News", title: "Handover report" },
      { url: "javascript:alert(1)", publisher: "Bad", title: "Not a link" },
    ],
    disputed: [{ what: "date", by: "Someone", detail: "A week later" }],
  }),
  event({
    id: "protest",
    time: "2025-11-14T10:00:00+02:00",
    kind: "protest-note",
    timePrecision: "minute",
  }),
  event({ id: "reply", time: "2025-11-21T12:00:00+02:00", kind: "reply", title: "Russia's reply" }),
];

export const NIGHT = {
  startMs: Date.parse("2025-11-13T18:00:00+02:00"),
  endMs: Date.parse("2025-11-14T06:00:00+02:00"),
};

/** A store with the fixture data loaded (window: every strike). */
export function loadedStore() {
  const store = createAppStore();
  store.getState().setLoadedData({
    missions: [embassy],
    strikes: STRIKES,
    events: EVENTS,
    issues: [],
    datasetVersion: "test",
  });
  return store;
}

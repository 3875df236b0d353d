import { describe, expect, it } from "vitest";
import { lazyIdLookup } from "@/lib/id-lookup";

describe("lazyIdLookup", () => {
  const items = [
    { id: "a", n: 1 },
    { id: "b", n: 2 },
    { id: "a", n: 3 },
  ];

  it("finds records by id like a Map of them (later duplicates win)", () => {
    const byId = lazyIdLookup(items);
    const oracle = new Map(items.map((x) => [x.id, x] as const));
    for (const id of ["a", "b", "c", "toString", ""]) {
      expect(byId.get(id)).toBe(oracle.get(id));
      expect(byId.has(id)).toBe(oracle.has(id));
    }
  });

  it("does not read the records until the first lookup", () => {
    let reads = 0;
    const watched = items.map((x) => ({
      get id() {
        reads++;
        return x.id;
      },
    }));
    const byId = lazyIdLookup(watched);
    expect(reads).toBe(0);
    expect(byId.has("b")).toBe(true);
    expect(reads).toBe(3);
    byId.get("a");
    expect(reads).toBe(3);
  });
});

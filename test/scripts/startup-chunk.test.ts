import { describe, expect, it } from "vitest";
import { startupChunk, staticClosure } from "../../scripts/startup-chunk";

// main → a → b; a ⇢ lazy (dynamic, so not in importedIds); lazy → c; b → a (a cycle).
const GRAPH: Record<string, readonly string[]> = {
  main: ["a"],
  a: ["b"],
  b: ["a"],
  lazy: ["c", "b"],
  c: [],
};
const info = (id: string) => (id in GRAPH ? { importedIds: GRAPH[id] ?? [] } : null);

describe("the start-up chunk", () => {
  it("holds the entry's static graph, cycles included, and nothing only a lazy chunk imports", () => {
    expect([...staticClosure("main", info)].sort()).toEqual(["a", "b", "main"]);
  });

  it("names the modules of that graph 'start' and leaves the others to automatic splitting", () => {
    const name = startupChunk("main");
    const ctx = { getModuleInfo: info };
    expect(["main", "a", "b", "lazy", "c"].map((id) => name(id, ctx))).toEqual([
      "start",
      "start",
      "start",
      null,
      null,
    ]);
  });
});

import { featureFilter, isExpression } from "@maplibre/maplibre-gl-style-spec";
import type { FilterSpecification, LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { CLUSTER_AREA_LAYERS, CLUSTER_BADGE_LAYERS } from "@/map/clusters/cluster-layers";
import { CLUSTER_BADGE_HIT_LAYERS, chosenLayer, SOURCE_CLUSTERS } from "@/map/clusters/ids";

const layers = [...CLUSTER_AREA_LAYERS, ...CLUSTER_BADGE_LAYERS];
const paintOf = (l: LayerSpecification) => (l as { paint?: Record<string, unknown> }).paint ?? {};
const matches = (l: LayerSpecification, properties: Record<string, unknown>) =>
  featureFilter((l as { filter?: FilterSpecification }).filter, "filter").filter({ zoom: 10 }, {
    type: 1,
    properties,
    geometry: [],
  } as never);

describe("cluster layers", () => {
  it("paint every value as a constant, so no feature's data picks a shader variant", () => {
    const driven = layers.flatMap((l) =>
      Object.entries(paintOf(l))
        .filter(([, v]) => isExpression(v))
        .map(([k]) => `${l.id}.${k}`),
    );
    expect(driven).toEqual([]);
  });

  it("draw each part of a cluster in exactly one layer of its pair: chosen or not", () => {
    const bases = layers.filter((l) => !l.id.endsWith(chosenLayer("")));
    expect(bases.map((l) => l.id)).toEqual([
      "cluster-hulls",
      "cluster-outlines-casing",
      "cluster-outlines",
      "cluster-badges",
      "cluster-counts",
    ]);
    for (const base of bases) {
      const chosen = layers.find((l) => l.id === chosenLayer(base.id));
      if (!chosen) throw new Error(`no chosen layer for ${base.id}`);
      expect(chosen.type).toBe(base.type);
      expect((chosen as { source?: string }).source).toBe(SOURCE_CLUSTERS);
      const role = base.id.includes("badge") || base.id.includes("count") ? "badge" : "hull";
      const other = role === "hull" ? "badge" : "hull";
      for (const selected of [true, false, undefined]) {
        const props = { role, clusterId: 3, selected };
        expect([matches(base, props), matches(chosen, props)]).toEqual([!selected, !!selected]);
        expect(matches(base, { ...props, role: other })).toBe(false);
        expect(matches(chosen, { ...props, role: other })).toBe(false);
      }
    }
  });

  it("set the chosen cluster apart, and badge clicks hit both badge layers", () => {
    const paint = (id: string) => paintOf(layers.find((l) => l.id === id) as LayerSpecification);
    expect(paint("cluster-hulls-chosen")["fill-opacity"]).toBeGreaterThan(
      paint("cluster-hulls")["fill-opacity"] as number,
    );
    expect(paint("cluster-badges-chosen")["circle-color"]).not.toBe(
      paint("cluster-badges")["circle-color"],
    );
    expect(CLUSTER_BADGE_HIT_LAYERS).toEqual(["cluster-badges", "cluster-badges-chosen"]);
  });
});

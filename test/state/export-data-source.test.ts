import { describe, expect, it } from "vitest";
import { metaPairs } from "@/analysis/export-meta";
import { exportMetaOf } from "@/state/export-selectors";
import { createAppStore } from "@/state/store";
import { embassy, strike } from "../helpers/domain-fixtures";

const noClusters = async () => [];
const data = {
  missions: [embassy],
  strikes: [strike({ id: "s1", mapId: 1, time: "2025-11-14T01:00:00+02:00" })],
  events: [],
  issues: [],
  datasetVersion: "t",
};

describe("exports name the data's source", () => {
  it("say nothing extra for the bundled data set", () => {
    const store = createAppStore({ clusterRunner: noClusters });
    store.getState().setLoadedData(data);
    const meta = exportMetaOf(store.getState(), "https://x/#");
    expect(meta.dataSource).toBeUndefined();
    expect(metaPairs(meta).map(([k]) => k)).not.toContain("data_source");
  });

  it("name a link's data file in place of the bundled one", () => {
    const store = createAppStore({ clusterRunner: noClusters });
    store
      .getState()
      .setLoadedData({ ...data, overrides: [{ kind: "strikes", name: "./x.geojson" }] });
    const meta = exportMetaOf(store.getState(), "https://x/#");
    expect(meta.dataSource).toContain("./x.geojson");
    expect(Object.fromEntries(metaPairs(meta)).data_source).toContain("not the bundled data set");
  });
});

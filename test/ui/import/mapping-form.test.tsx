// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";
import type { MappingRequest } from "@/import/types";
import { createAppStore } from "@/state/store";
import { MappingForm } from "@/ui/import/MappingForm";
import { StoreProvider } from "@/ui/store-context";
import { STRIKE_IMPORT } from "../../helpers/import-settings";

function form(request: MappingRequest) {
  render(
    <StoreProvider store={createAppStore({ clusterRunner: async () => [] })}>
      <MappingForm fileName="x" request={request} onConfirm={() => {}} onSkip={() => {}} />
    </StoreProvider>,
  );
}

describe("MappingForm", () => {
  it("says coordinates come from each feature's geometry, the columns only for a feature without one", async () => {
    // A GeoJSON point without any date property: the importer must ask for the date.
    const geojson = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [30.49, 50.46] },
          properties: { when: "yesterday", title: "A" },
        },
      ],
    });
    const outcome = await importBytes("pasted.geojson", strToU8(geojson), STRIKE_IMPORT);
    const request = outcome.needsMapping;
    expect(request?.hasGeometry).toBe(true);
    if (!request) return;
    form(request);
    expect(screen.getByText(/^Coordinates come from each feature’s geometry/)).toBeTruthy();
    // Still offered: a feature without a geometry may have coordinate columns.
    expect(screen.getByRole("combobox", { name: "Latitude" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Date (or date and time)" })).toBeTruthy();
  });

  it("asks for coordinate columns in a table", () => {
    form({
      headers: ["id", "date", "y", "x"],
      previewRows: [["1", "03/04/2025", "50.46", "30.49"]],
      guess: { date: "date" },
      reasons: ["No coordinate columns were found."],
      signature: "id|date|y|x",
    });
    expect(screen.getByRole("combobox", { name: "Latitude" })).toBeTruthy();
    expect(screen.queryByText(/^Coordinates come from each feature’s geometry/)).toBeNull();
  });
});

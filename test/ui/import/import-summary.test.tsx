// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";
import { createAppStore } from "@/state/store";
import { ImportSummary } from "@/ui/import/ImportSummary";
import { StoreProvider } from "@/ui/store-context";
import { STRIKE_IMPORT } from "../../helpers/import-settings";

function summary(outcome: Awaited<ReturnType<typeof importBytes>>) {
  render(
    <StoreProvider store={createAppStore({ clusterRunner: async () => [] })}>
      <ImportSummary outcome={outcome} problemsCsv={() => ""} />
    </StoreProvider>,
  );
}

describe("ImportSummary", () => {
  it("says which column each field was read from and the date order it found", async () => {
    const csv =
      "event,when,y,x,what\nA1,31/12/2025,50.46,30.49,Crater\nA2,13/11/2025,50.45,30.5,Fire";
    const outcome = await importBytes("found.csv", strToU8(csv), STRIKE_IMPORT);
    expect(outcome.strikes).toHaveLength(2);
    summary(outcome);
    const line = screen.getByText(/^Read with:/);
    expect(line.textContent).toContain("Latitude “y”");
    expect(line.textContent).toContain("Longitude “x”");
    expect(line.textContent).toContain("Date (or date and time) “when”");
    expect(line.textContent).toContain("Dates are written day/month/year (31/12/2025)");
  });

  it("says places come from the geometry for GeoJSON", async () => {
    const geojson = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [30.49, 50.46] },
          properties: { date: "2025-11-14T01:00:00+02:00" },
        },
      ],
    });
    summary(await importBytes("a.geojson", strToU8(geojson), STRIKE_IMPORT));
    expect(screen.getByText(/^Read with:/).textContent).toContain(
      "Coordinates: from each feature’s geometry",
    );
  });
});

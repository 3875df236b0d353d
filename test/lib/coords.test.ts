import { describe, expect, it } from "vitest";
import { formatDecimal, formatDms, osmUrl } from "@/lib/coords";

describe("coordinates", () => {
  it("formats decimal degrees latitude first", () => {
    expect(formatDecimal(30.49056, 50.46082)).toBe("50.46082, 30.49056");
  });
  it("formats DMS with hemispheres and carries rounding", () => {
    expect(formatDms(30.49056, 50.46082)).toBe("50°27′39.0″N 30°29′26.0″E");
    expect(formatDms(-0.5, -33.999999)).toBe("34°00′00.0″S 0°30′00.0″W");
  });
  it("links to OpenStreetMap at the point", () => {
    expect(osmUrl(30.49056, 50.46082)).toBe(
      "https://www.openstreetmap.org/?mlat=50.46082&mlon=30.49056#map=17/50.46082/30.49056",
    );
  });
});

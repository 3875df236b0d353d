import { PMTiles, type RangeResponse, type Source, TileType } from "pmtiles";
import { describe, expect, it } from "vitest";
import { writeRasterPmtiles } from "./pmtiles-writer";

/** Serves an in-memory archive to the pmtiles reader. */
class BufferSource implements Source {
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  getKey() {
    return "memory";
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

describe("writeRasterPmtiles (test fixture writer)", () => {
  it("writes an archive the pmtiles package reads back tile by tile", async () => {
    const tiles = [
      { z: 15, x: 19153, y: 11042, bytes: new Uint8Array([1, 2, 3]) },
      { z: 14, x: 9576, y: 5521, bytes: new Uint8Array([4, 5]) },
      { z: 15, x: 19154, y: 11042, bytes: new Uint8Array(200).fill(7) },
    ];
    const archive = new PMTiles(new BufferSource(writeRasterPmtiles(tiles, "webp", "© test")));
    const header = await archive.getHeader();
    expect(header.tileType).toBe(TileType.Webp);
    expect([header.minZoom, header.maxZoom]).toEqual([14, 15]);
    expect(header.minLon).toBeCloseTo(30.41, 1);
    expect(header.maxLat).toBeGreaterThan(header.minLat);
    for (const t of tiles) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got?.data ?? new ArrayBuffer(0))).toEqual(t.bytes);
    }
    expect(await archive.getZxy(15, 1, 1)).toBeUndefined();
    expect(await archive.getMetadata()).toEqual({ attribution: "© test" });
  });
});

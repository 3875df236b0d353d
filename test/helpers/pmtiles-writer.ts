import { zxyToTileId } from "pmtiles";

/** One tile to store: its z/x/y and encoded bytes (PNG, JPEG or WebP). */
export interface TileInput {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  readonly bytes: Uint8Array;
}

const TILE_TYPE = { png: 2, jpeg: 3, webp: 4 } as const;
const HEADER_BYTES = 127;

function varints(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

/**
 * A minimal PMTiles v3 archive (test fixtures only): uncompressed root directory, no leaves, one
 * entry per tile in tile-id order, `{}` metadata plus `attribution`. Written to the spec
 * (github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md); read back by the `pmtiles` package in
 * test/helpers/pmtiles-writer.test.ts.
 */
export function writeRasterPmtiles(
  tiles: readonly TileInput[],
  type: keyof typeof TILE_TYPE,
  attribution: string,
): Uint8Array {
  const sorted = tiles
    .map((t) => ({ ...t, id: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.id - b.id);
  let offset = 0;
  const offsets = sorted.map((t) => {
    const at = offset;
    offset += t.bytes.length;
    return at;
  });
  const dir = Uint8Array.from([
    ...varints([sorted.length]),
    ...varints(sorted.map((t, i) => t.id - (sorted[i - 1]?.id ?? 0))),
    ...varints(sorted.map(() => 1)),
    ...varints(sorted.map((t) => t.bytes.length)),
    ...varints(offsets.map((o, i) => (i > 0 ? 0 : o + 1))),
  ]);
  const meta = new TextEncoder().encode(JSON.stringify({ attribution }));
  const dataStart = HEADER_BYTES + dir.length + meta.length;
  const out = new Uint8Array(dataStart + offset);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode("PMTiles"), 0);
  out[7] = 3;
  const u64 = [HEADER_BYTES, dir.length, HEADER_BYTES + dir.length, meta.length, 0, 0];
  u64.push(dataStart, offset, sorted.length, sorted.length, sorted.length);
  for (const [i, v] of u64.entries()) view.setBigUint64(8 + i * 8, BigInt(v), true);
  out.set([1, 1, 1, TILE_TYPE[type]], 96);
  const zooms = sorted.map((t) => t.z);
  out[100] = Math.min(...zooms);
  out[101] = Math.max(...zooms);
  const lon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
  const lat = (y: number, z: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const west = Math.min(...sorted.map((t) => lon(t.x, t.z)));
  const east = Math.max(...sorted.map((t) => lon(t.x + 1, t.z)));
  const south = Math.min(...sorted.map((t) => lat(t.y + 1, t.z)));
  const north = Math.max(...sorted.map((t) => lat(t.y, t.z)));
  for (const [i, v] of [west, south, east, north].entries())
    view.setInt32(102 + i * 4, e7(v), true);
  out[118] = out[101] ?? 0;
  view.setInt32(119, e7((west + east) / 2), true);
  view.setInt32(123, e7((south + north) / 2), true);
  out.set(dir, HEADER_BYTES);
  out.set(meta, HEADER_BYTES + dir.length);
  for (const [i, t] of sorted.entries()) out.set(t.bytes, dataStart + (offsets[i] ?? 0));
  return out;
}

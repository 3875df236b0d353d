// `npx tsx scripts/build-street-tiles.ts <source tiles dir>`: re-encodes the OpenStreetMap raster
// tiles of Kyiv (z/x/y PNG, see public/streets/kyiv-2025-08/SOURCE.txt) as lossy WebP into
// public/streets/kyiv-2025-08/{z}/{x}/{y}.webp and writes their extent per zoom to extent.json.
// Run by a developer when the source tiles change; the output is committed (CI has no source).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

const QUALITY = 70;
const OUT = "public/streets/kyiv-2025-08";
const source = process.argv[2];
if (!source) throw new Error("usage: tsx scripts/build-street-tiles.ts <dir with {z}/{x}/{y}.png>");

const numeric = (dir: string) =>
  readdirSync(dir)
    .map((name) => Number.parseInt(name, 10))
    .filter(Number.isInteger)
    .sort((a, b) => a - b);

const extent: Record<string, { minX: number; maxX: number; minY: number; maxY: number }> = {};
let bytes = 0;
let count = 0;
for (const z of numeric(source)) {
  rmSync(join(OUT, String(z)), { recursive: true, force: true });
  for (const x of numeric(join(source, String(z)))) {
    mkdirSync(join(OUT, String(z), String(x)), { recursive: true });
    for (const y of numeric(join(source, String(z), String(x)))) {
      const png = join(source, String(z), String(x), `${y}.png`);
      const webp = await sharp(png).webp({ quality: QUALITY, effort: 6 }).toBuffer();
      writeFileSync(join(OUT, String(z), String(x), `${y}.webp`), webp);
      bytes += webp.length;
      count += 1;
      extent[z] ??= { minX: x, maxX: x, minY: y, maxY: y };
      const e = extent[z];
      e.minX = Math.min(e.minX, x);
      e.maxX = Math.max(e.maxX, x);
      e.minY = Math.min(e.minY, y);
      e.maxY = Math.max(e.maxY, y);
    }
  }
}
writeFileSync(join(OUT, "extent.json"), `${JSON.stringify(extent, null, 2)}\n`);
console.log(`${count} tiles, ${(bytes / 1048576).toFixed(2)} MiB of WebP (quality ${QUALITY})`);

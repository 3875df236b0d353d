/**
 * GL work done outside MapLibre's render (ahead of the frame) leaves MapLibre's cached state as it
 * was: the texture upload and the culled symbols' index upload.
 */
import { describe, expect, it } from "vitest";
import type { CullView } from "@/map/strike-gl/cull";
import { CulledIcons } from "@/map/strike-gl/culled-draw";
import { buildInstanceData } from "@/map/strike-gl/instance-data";
import { uploadStrikeTextureAside } from "@/map/strike-gl/strike-texture";
import { strike } from "../../helpers/domain-fixtures";
import { stateGl } from "../../helpers/state-gl";

const stacked = (n: number) =>
  buildInstanceData(
    Array.from({ length: n }, (_, i) =>
      strike({
        id: `s${i}`,
        time: `2025-11-14T01:${String(i % 60).padStart(2, "0")}:00+02:00`,
        confidence: "high",
      }),
    ),
  );

/** A view centred on the fixtures' point, zoomed out so that they all pile into one pixel. */
function view(): CullView {
  const matrix = new Float64Array(16);
  matrix[0] = 1;
  matrix[5] = 1;
  matrix[10] = 1;
  matrix[15] = 1;
  return { matrix, cx: 0.5847, cy: 0.3379, widthPx: 800, heightPx: 600, marginPx: 10 };
}

describe("uploadStrikeTextureAside", () => {
  it("uploads to the strike texture with plain unpack settings, then restores MapLibre's state", () => {
    const maplibreTexture = { name: "maplibre's" };
    const { gl, uploads, snapshot } = stateGl({
      ACTIVE_TEXTURE: 3,
      UNPACK_FLIP_Y_WEBGL: true,
      UNPACK_PREMULTIPLY_ALPHA_WEBGL: true,
      UNPACK_ALIGNMENT: 1,
      PIXEL_UNPACK_BUFFER_BINDING: { name: "a pbo" },
    });
    gl.activeTexture(1);
    gl.bindTexture(gl.TEXTURE_2D, maplibreTexture);
    gl.activeTexture(3);
    const before = snapshot();
    const ours = { name: "strikes" };
    const data = stacked(3);
    uploadStrikeTextureAside(gl, ours, 1, data);
    expect(uploads).toEqual([
      {
        call: "texImage2D",
        to: ours,
        target: "TEXTURE_2D",
        data,
        unpack: { flipY: false, premultiply: false, alignment: 4, buffer: null },
      },
    ]);
    expect(snapshot()).toEqual(before);
  });
});

describe("CulledIcons.prepare", () => {
  it("culls and uploads ahead through COPY_WRITE_BUFFER, and the frame's draw reuses it", () => {
    const { gl, uploads, snapshot } = stateGl({ COPY_WRITE_BUFFER_BINDING: { name: "other" } });
    const before = snapshot();
    const culled = new CulledIcons();
    const data = stacked(6000);
    const indexBuffer = { name: "indices" };
    culled.prepare(gl, indexBuffer, data, 0, 6000, view());
    expect(culled.culls).toEqual({ ahead: 1, inFrame: 0 });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({
      call: "bufferData",
      to: indexBuffer,
      target: "COPY_WRITE_BUFFER",
    });
    // No vertex array's element buffer was touched, and the copy binding is back.
    expect(snapshot()).toEqual(before);
    const kept = ((uploads[0]?.data as Uint32Array | undefined)?.length ?? 0) / 6;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(6000);
    // The frame with the same window and view draws what was prepared, without culling again.
    expect(culled.draw(gl, indexBuffer, data, 0, 6000, view())).toBe(kept);
    expect(culled.culls).toEqual({ ahead: 1, inFrame: 0 });
    expect(uploads).toHaveLength(1);
    // A view that moved: the frame culls itself.
    const moved = { ...view(), cx: 0.59 };
    culled.draw(gl, indexBuffer, data, 0, 6000, moved);
    expect(culled.culls).toEqual({ ahead: 1, inFrame: 1 });
    expect(uploads.at(-1)).toMatchObject({ to: indexBuffer, target: "ELEMENT_ARRAY_BUFFER" });
  });
});

import { describe, expect, it } from "vitest";
import { buildInstanceData, FLOATS_PER_STRIKE } from "@/map/strike-gl/instance-data";
import {
  drawStrikeRanges,
  STRIKES_PER_ROW,
  strikeTexel,
  TEXELS_PER_STRIKE,
  TEXTURE_WIDTH,
  TEXTURE_WIDTH_LOG2,
  textureFloats,
  textureRows,
  uploadStrikeTexture,
  VERTICES_PER_STRIKE,
} from "@/map/strike-gl/strike-texture";
import { strike } from "../../helpers/domain-fixtures";

describe("strike texture layout", () => {
  it("is a power-of-two width WebGL2 always allows, whole records per row", () => {
    expect(TEXTURE_WIDTH).toBe(2 ** TEXTURE_WIDTH_LOG2);
    expect(TEXTURE_WIDTH).toBeLessThanOrEqual(2048);
    expect(TEXELS_PER_STRIKE * 4).toBe(FLOATS_PER_STRIKE);
    expect(STRIKES_PER_ROW * TEXELS_PER_STRIKE).toBe(TEXTURE_WIDTH);
  });

  it("sizes the texture in whole rows, one at least", () => {
    expect([0, 1, STRIKES_PER_ROW, STRIKES_PER_ROW + 1, 100_000].map(textureRows)).toEqual([
      1, 1, 1, 2, 98,
    ]);
    expect(textureFloats(STRIKES_PER_ROW + 1)).toBe(2 * TEXTURE_WIDTH * 4);
  });

  it("places strike i at texels 2i and 2i + 1, both in one row (the shaders' addressing)", () => {
    for (const i of [0, 1, STRIKES_PER_ROW - 1, STRIKES_PER_ROW, 99_999]) {
      const [x, y] = strikeTexel(i);
      // The same sums the vertex shader does with & and >>.
      const t = i * TEXELS_PER_STRIKE;
      expect([x, y]).toEqual([t & (TEXTURE_WIDTH - 1), t >> TEXTURE_WIDTH_LOG2]);
      expect(x + 1).toBeLessThan(TEXTURE_WIDTH);
      // The float offset of that texel in the upload is where buildInstanceData wrote the record.
      expect((y * TEXTURE_WIDTH + x) * 4).toBe(i * FLOATS_PER_STRIKE);
    }
  });

  it("uploads whole rows as RGBA32F and refuses a partial row", () => {
    const calls: unknown[][] = [];
    const gl = new Proxy({} as WebGL2RenderingContext, {
      get: (_t, name: string) =>
        name === name.toUpperCase() ? name : (...args: unknown[]) => calls.push([name, ...args]),
    });
    const data = buildInstanceData([strike({ id: "a", time: "2025-11-14T01:00:00+02:00" })]);
    uploadStrikeTexture(gl, {} as WebGLTexture, 1, data);
    const tex = calls.find((c) => c[0] === "texImage2D");
    expect(tex?.slice(3, 11)).toEqual(["RGBA32F", TEXTURE_WIDTH, 1, 0, "RGBA", "FLOAT", data]);
    expect(() => uploadStrikeTexture(gl, {} as WebGLTexture, 1, data.subarray(4))).toThrow(
      /whole texture rows/,
    );
  });

  it("draws each range as six vertices per strike and counts the strikes", () => {
    const calls: unknown[][] = [];
    const gl = { TRIANGLES: 4, drawArrays: (...a: unknown[]) => calls.push(a) };
    const n = drawStrikeRanges(gl as unknown as WebGL2RenderingContext, [3, 5, 10, 11]);
    expect(n).toBe(3);
    expect(calls).toEqual([
      [4, 3 * VERTICES_PER_STRIKE, 2 * VERTICES_PER_STRIKE],
      [4, 10 * VERTICES_PER_STRIKE, VERTICES_PER_STRIKE],
    ]);
    expect(drawStrikeRanges(gl as unknown as WebGL2RenderingContext, [])).toBe(0);
  });
});

/**
 * New data is readied (uploaded, culled) in the layer's second copy of the records while frames
 * go on drawing the first: a frame that comes before that work draws the previous data whole and
 * does none of the work itself. Driven through the layers' `render` with a recording WebGL double.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Strike } from "@/domain/types";
import { STRIKES_UNIT } from "@/map/strike-gl/gpu-resources";
import { StrikeGl } from "@/map/strike-gl/strike-layer";
import { strike } from "../../helpers/domain-fixtures";
import { FakeMap } from "../../helpers/fake-map";

interface Draw {
  readonly call: "drawArrays" | "drawElements";
  /** The records texture bound when it drew. */
  readonly texture: unknown;
  readonly vertices: number;
}

/** A WebGL2 double: GL objects are tokens, every draw and texture upload is recorded. */
function recordingGl() {
  const context = { lost: false };
  let unit = 0;
  let made = 0;
  const bound = new Map<unknown, unknown>();
  const draws: Draw[] = [];
  const uploads: { texture: unknown; data: unknown }[] = [];
  const token = (kind: string) => ({ kind, n: ++made });
  const impl: Record<string, unknown> = {
    TEXTURE0: 0,
    drawingBufferWidth: 800,
    drawingBufferHeight: 600,
    isContextLost: () => context.lost,
    createTexture: () => token("texture"),
    createBuffer: () => token("buffer"),
    createVertexArray: () => token("vao"),
    createProgram: () => token("program"),
    createShader: () => token("shader"),
    getShaderParameter: () => true,
    getProgramParameter: () => true,
    getUniformLocation: (_p: unknown, name: string) => name,
    getParameter: (p: string) =>
      p === "ACTIVE_TEXTURE" ? unit : p === "TEXTURE_BINDING_2D" ? (bound.get(unit) ?? null) : null,
    activeTexture: (u: number) => {
      unit = u;
    },
    bindTexture: (_target: unknown, t: unknown) => bound.set(unit, t),
    texImage2D: (...a: unknown[]) => uploads.push({ texture: bound.get(unit), data: a.at(-1) }),
    drawArrays: (_mode: unknown, _first: number, vertices: number) =>
      draws.push({ call: "drawArrays", texture: bound.get(STRIKES_UNIT), vertices }),
    drawElements: (_mode: unknown, vertices: number) =>
      draws.push({ call: "drawElements", texture: bound.get(STRIKES_UNIT), vertices }),
  };
  const gl = new Proxy(impl, {
    get: (t, k) =>
      typeof k !== "string" || k in t ? t[k as string] : /^[A-Z][A-Z0-9_]*$/.test(k) ? k : () => {},
  }) as unknown as WebGL2RenderingContext;
  return { gl, draws, uploads, context };
}

/** `n` strikes at one point, one a minute: stacked, so the symbols' cull keeps only the newest. */
const stacked = (n: number, from = 0): Strike[] =>
  Array.from({ length: n }, (_, i) =>
    strike({
      id: `s${from + i}`,
      time: `2025-11-14T01:${String(from + i).padStart(2, "0")}:00+02:00`,
      confidence: "high",
    }),
  );

const identity = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

function setup() {
  const map = new FakeMap(["missions-highlight", "strikes-symbol"]);
  const { gl, draws, uploads, context } = recordingGl();
  map.gl = gl;
  const layer = new StrikeGl();
  map.addLayer(layer.haloLayer, "missions-highlight");
  map.addLayer(layer.iconLayer, "strikes-symbol");
  const options = { defaultProjectionData: { mainMatrix: identity } } as never;
  /** One frame: the halo layer, then the symbols; returns the symbol draws it made. */
  const frame = () => {
    layer.haloLayer.render?.(gl, options);
    const from = draws.length;
    layer.iconLayer.render?.(gl, options);
    return draws.slice(from);
  };
  const icons = layer.iconLayer;
  icons.setCullFrom(5);
  return { map, layer, icons, gl, draws, uploads, frame, context };
}

describe("StrikeGl's staged records", () => {
  beforeEach(() => {
    // Node has no canvas: the layer gets no atlas drawing (its atlas texture stays empty).
    vi.stubGlobal("document", { createElement: () => ({ getContext: () => null }) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("draws the previous data whole until the new data's work ahead is done, then the new", async () => {
    const { map, icons, layer, uploads, frame } = setup();
    const first = stacked(10);
    layer.setStrikes(first);
    layer.setRange(0, 10);
    // Before its first frame the layer has no GPU objects: the frame uploads and culls itself.
    const [before] = frame();
    expect(before).toMatchObject({ call: "drawElements", vertices: 6 });
    const frontTexture = before?.texture;
    expect(uploads).toHaveLength(1);
    expect(icons.drawnRange()).toMatchObject({ lo: 0, hi: 10 });
    const culls = icons.workedAhead().culls;

    // New data and its window; a frame comes at once, before any work ahead.
    layer.setStrikes(stacked(20));
    const repaints = map.repaints;
    layer.setRange(0, 20);
    expect(map.repaints, "a window for data not yet shown asks for no frame").toBe(repaints);
    const [early] = frame();
    expect(early, "the previous data, from its own texture, culled as before").toEqual(before);
    expect(icons.drawnRange()).toMatchObject({ lo: 0, hi: 10 });
    expect(uploads, "the frame uploaded nothing").toHaveLength(1);
    expect(icons.workedAhead().culls, "nor culled").toEqual(culls);

    // The work ahead: the new records into the other texture, their cull, then a repaint.
    await vi.waitFor(() => expect(icons.workedAhead()).toMatchObject({ culled: true }));
    expect(map.repaints).toBeGreaterThan(repaints);
    expect(uploads).toHaveLength(2);
    expect(uploads[1]?.texture).not.toBe(frontTexture);
    const [after] = frame();
    expect(after).toEqual({ call: "drawElements", texture: uploads[1]?.texture, vertices: 6 });
    expect(icons.drawnRange()).toMatchObject({ lo: 0, hi: 20 });
    expect(icons.workedAhead().culls).toEqual({ ahead: culls.ahead + 1, inFrame: culls.inFrame });
    expect(uploads).toHaveLength(2);
  });

  it("shows only the newest of data set in quick succession, in the window set last", async () => {
    const { icons, layer, uploads, frame } = setup();
    layer.setStrikes(stacked(10));
    layer.setRange(0, 10);
    frame();
    layer.setStrikes(stacked(20));
    layer.setRange(0, 20);
    layer.setStrikes(stacked(30));
    layer.setRange(5, 30);
    await vi.waitFor(() => expect(icons.workedAhead()).toMatchObject({ culled: true }));
    // The superseded data's work stopped before its upload.
    expect(uploads).toHaveLength(2);
    expect(uploads[1]?.data, "the newest records").toBe(layer.heldRecords());
    const [drawn] = frame();
    expect(drawn?.call).toBe("drawElements");
    expect(icons.drawnRange()).toMatchObject({ lo: 5, hi: 30 });
  });

  it("shows new data at once when the context is lost while it is readied", () => {
    const { map, icons, layer, uploads, frame, context } = setup();
    layer.setStrikes(stacked(10));
    layer.setRange(0, 10);
    frame();
    layer.setStrikes(stacked(20));
    layer.setRange(0, 20);
    context.lost = true;
    map.loseContext();
    context.lost = false;
    map.restoreContext(["missions-highlight", "strikes-symbol"]);
    // The rebuilt layers' first frame uploads the new data itself: there is nothing older to draw.
    frame();
    expect(icons.drawnRange()).toMatchObject({ lo: 0, hi: 20 });
    expect(uploads.at(-1)?.data).toBe(layer.heldRecords());
  });
});

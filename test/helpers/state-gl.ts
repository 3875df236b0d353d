/**
 * A WebGL2 double that keeps the state the strike layer touches outside MapLibre's render (active
 * unit, texture bindings per unit, unpack settings, buffer bindings) and records every upload with
 * what was bound at the time. Enum values are their names.
 */
export interface Upload {
  readonly call: "texImage2D" | "bufferData";
  /** The texture (on the active unit) or buffer (on the target) the upload went to. */
  readonly to: unknown;
  readonly target: string;
  readonly data: unknown;
  /** Unpack settings at the time of a texture upload. */
  readonly unpack?: { flipY: unknown; premultiply: unknown; alignment: unknown; buffer: unknown };
}

export function stateGl(initial: Record<string, unknown> = {}) {
  const state: Record<string, unknown> = {
    ACTIVE_TEXTURE: "TEXTURE0",
    UNPACK_FLIP_Y_WEBGL: false,
    UNPACK_PREMULTIPLY_ALPHA_WEBGL: false,
    UNPACK_ALIGNMENT: 4,
    PIXEL_UNPACK_BUFFER_BINDING: null,
    COPY_WRITE_BUFFER_BINDING: null,
    ELEMENT_ARRAY_BUFFER_BINDING: null,
    ...initial,
  };
  const textures = new Map<unknown, unknown>();
  const uploads: Upload[] = [];
  const bindingOf = (target: string) => `${target}_BINDING`;
  const api = {
    TEXTURE0: 0,
    getParameter: (p: string) =>
      p === "TEXTURE_BINDING_2D" ? (textures.get(state.ACTIVE_TEXTURE) ?? null) : state[p],
    activeTexture: (unit: number) => {
      state.ACTIVE_TEXTURE = unit === 0 ? "TEXTURE0" : unit;
    },
    bindTexture: (_target: string, t: unknown) => {
      textures.set(state.ACTIVE_TEXTURE, t);
    },
    pixelStorei: (p: string, v: unknown) => {
      state[p] = v;
    },
    bindBuffer: (target: string, b: unknown) => {
      state[bindingOf(target)] = b;
    },
    texParameteri: () => {},
    texImage2D: (target: string, ...args: unknown[]) =>
      uploads.push({
        call: "texImage2D",
        to: textures.get(state.ACTIVE_TEXTURE),
        target,
        data: args.at(-1),
        unpack: {
          flipY: state.UNPACK_FLIP_Y_WEBGL,
          premultiply: state.UNPACK_PREMULTIPLY_ALPHA_WEBGL,
          alignment: state.UNPACK_ALIGNMENT,
          buffer: state.PIXEL_UNPACK_BUFFER_BINDING,
        },
      }),
    bufferData: (target: string, data: unknown) =>
      uploads.push({ call: "bufferData", to: state[bindingOf(target)], target, data }),
  };
  const gl = new Proxy(api, {
    get: (t, name: string) =>
      name in t ? t[name as keyof typeof t] : name === name.toUpperCase() ? name : () => {},
  }) as unknown as WebGL2RenderingContext;
  /** Everything a caller could observe: the state and each unit's binding. */
  const snapshot = () => ({ ...state, textures: new Map(textures) });
  return { gl, uploads, snapshot, unitBinding: (u: unknown) => textures.get(u) };
}

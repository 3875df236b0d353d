/** True when the browser can create a WebGL2 context, which MapLibre 6 requires. */
export function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return canvas.getContext("webgl2") !== null;
  } catch {
    return false;
  }
}

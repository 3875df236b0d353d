/**
 * GLSL for the strike layer. Six vertices per strike and no vertex attributes: each vertex reads
 * its strike's record from the strike texture (strike-texture.ts) by `gl_VertexID`. Positions are
 * Web Mercator split into float32 high + low parts and taken relative to the view centre, so points
 * stay put at street zoom.
 */
import {
  TEXELS_PER_STRIKE,
  TEXTURE_WIDTH,
  TEXTURE_WIDTH_LOG2,
  VERTICES_PER_STRIKE,
} from "./strike-texture";

const POSITION = `
uniform highp sampler2D u_strikes;
uniform mat4 u_matrix;
uniform vec2 u_center_hi;
uniform vec2 u_center_lo;
uniform vec2 u_viewport;
// The quad's corners in the order of its two triangles.
const vec2 CORNERS[${VERTICES_PER_STRIKE}] = vec2[${VERTICES_PER_STRIKE}](
  vec2(-1.0, -1.0), vec2(1.0, -1.0), vec2(-1.0, 1.0),
  vec2(-1.0, 1.0), vec2(1.0, -1.0), vec2(1.0, 1.0));
vec2 a_corner;
vec2 a_pos_hi;
vec2 a_pos_lo;
float a_radius;
float a_cls;
float a_muted;
// The record of this vertex's strike: texels 2s and 2s + 1, in one row of the texture.
void readStrike() {
  int s = gl_VertexID / ${VERTICES_PER_STRIKE};
  a_corner = CORNERS[gl_VertexID - s * ${VERTICES_PER_STRIKE}];
  int t = s * ${TEXELS_PER_STRIKE};
  vec4 p = texelFetch(u_strikes, ivec2(t & ${TEXTURE_WIDTH - 1}, t >> ${TEXTURE_WIDTH_LOG2}), 0);
  vec4 q = texelFetch(u_strikes, ivec2((t + 1) & ${TEXTURE_WIDTH - 1}, t >> ${TEXTURE_WIDTH_LOG2}), 0);
  a_pos_hi = p.xy;
  a_pos_lo = p.zw;
  a_radius = q.x;
  a_cls = q.y;
  a_muted = q.z;
}
vec2 relativePosition() {
  return (a_pos_hi - u_center_hi) + (a_pos_lo - u_center_lo);
}`;

/** Halos: a circle of the uncertainty radius (true metres), filled faintly with a dashed rim. */
export const HALO_VERTEX = `#version 300 es
${POSITION}
uniform float u_px_per_unit;
out vec2 v_uv;
out float v_radius_px;
flat out int v_cls;
flat out float v_muted;
void main() {
  readStrike();
  v_radius_px = a_radius * u_px_per_unit;
  v_uv = a_corner;
  v_cls = int(a_cls + 0.5);
  v_muted = a_muted;
  // Halos under two pixels hide under the symbol: collapse them.
  float keep = step(2.0, v_radius_px);
  vec2 p = relativePosition() + a_corner * a_radius * 1.05 * keep;
  gl_Position = u_matrix * vec4(p, 0.0, 1.0);
  // Hidden by the filters (muted = 2): a degenerate quad outside clip space draws nothing.
  if (a_muted > 1.5) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
}`;

export const HALO_FRAGMENT = `#version 300 es
precision highp float;
uniform vec3 u_colors[5];
in vec2 v_uv;
in float v_radius_px;
flat in int v_cls;
flat in float v_muted;
out vec4 fragColor;
void main() {
  float d = length(v_uv) * 1.05;
  float px = (d - 1.0) * v_radius_px;
  if (px > 1.5) discard;
  float fill = d <= 1.0 ? mix(0.12, 0.05, v_muted) : 0.0;
  // A 2 px rim dashed 2 px on / 2 px off along the circumference: the dashes in the strike's
  // colour, the gaps light, so the circle reads on light streets and on dark imagery alike.
  float arc = (atan(v_uv.y, v_uv.x) + 3.14159265) * v_radius_px;
  float on = step(mod(arc, 4.0), 2.0);
  float band = 1.0 - smoothstep(0.5, 1.5, abs(px));
  float rimA = band * mix(mix(0.45, 0.25, v_muted), mix(0.8, 0.4, v_muted), on);
  vec3 c = u_colors[v_cls];
  vec3 rimC = mix(vec3(1.0), c, on);
  // Rim over fill, premultiplied.
  float a = rimA + fill * (1.0 - rimA);
  fragColor = vec4(rimC * rimA + c * fill * (1.0 - rimA), a);
}`;

/** Symbols: the weapon's icon from the atlas, at a fixed screen size, half-transparent when muted. */
export const ICON_VERTEX = `#version 300 es
${POSITION}
uniform float u_size_px;
out vec2 v_uv;
flat out float v_cls;
flat out float v_muted;
void main() {
  readStrike();
  v_uv = vec2(a_corner.x * 0.5 + 0.5, 0.5 - a_corner.y * 0.5);
  v_cls = a_cls;
  v_muted = a_muted;
  vec4 clip = u_matrix * vec4(relativePosition(), 0.0, 1.0);
  clip.xy += a_corner * u_size_px / u_viewport * clip.w;
  gl_Position = a_muted > 1.5 ? vec4(2.0, 2.0, 2.0, 1.0) : clip;
}`;

export const ICON_FRAGMENT = `#version 300 es
precision highp float;
uniform sampler2D u_atlas;
in vec2 v_uv;
flat in float v_cls;
flat in float v_muted;
out vec4 fragColor;
void main() {
  vec4 texel = texture(u_atlas, vec2((v_cls + v_uv.x) / 5.0, v_uv.y));
  fragColor = texel * mix(1.0, 0.5, v_muted);
}`;

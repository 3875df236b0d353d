/**
 * How long the time window must stay still before the app redoes the work that follows it but is
 * not needed in every frame of a drag or playback: the link (state/url-state.ts), and on the map
 * clusters, ring-count labels and the GeoJSON copy of the window. Longer than one frame of
 * software-rendered WebGL (≈100–150 ms on a 2-core machine), so a steady drag there is not
 * mistaken for a rest; short enough to feel immediate when it stops.
 */
export const WINDOW_REST_MS = 300;

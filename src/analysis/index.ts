/**
 * Public surface of the analysis layer (pure: no React, MapLibre or store). Coordinates are
 * `[lng, lat]` degrees, distances metres, instants epoch ms.
 */
export * from "./bins";
export * from "./clusters";
export * from "./columns";
export * from "./dbscan";
export * from "./errors";
export * from "./geodesic";
export * from "./nights";
export * from "./proximity";
export * from "./rings";
export * from "./time-index";
export { ZoneTimeline, zoneOffsetMs } from "./time-zone";

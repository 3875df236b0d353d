/** Ukraine including Crimea, [west, south, east, north] in degrees. */
export const UKRAINE_BOUNDS: [number, number, number, number] = [22.1, 44.3, 40.3, 52.4];

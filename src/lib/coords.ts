/** "50.46082, 30.49056" — latitude first, as people paste into map search boxes (5 decimals ≈ 1 m). Pure. */
export function formatDecimal(lng: number, lat: number, digits = 5): string {
  return `${lat.toFixed(digits)}, ${lng.toFixed(digits)}`;
}

function dms(value: number, pos: string, neg: string): string {
  const hemi = value < 0 ? neg : pos;
  // Work in tenths of an arc-second so rounding carries into minutes and degrees.
  const tenths = Math.round(Math.abs(value) * 36_000);
  const d = Math.floor(tenths / 36_000);
  const m = Math.floor((tenths % 36_000) / 600);
  const s = (tenths % 600) / 10;
  return `${d}°${String(m).padStart(2, "0")}′${s.toFixed(1).padStart(4, "0")}″${hemi}`;
}

/** "50°27′38.9″N 30°29′26.0″E" (degrees, minutes, seconds to 0.1″ ≈ 3 m). Pure. */
export function formatDms(lng: number, lat: number): string {
  return `${dms(lat, "N", "S")} ${dms(lng, "E", "W")}`;
}

/** The OpenStreetMap page centred on a point with a marker (a link only; nothing is fetched). Pure. */
export function osmUrl(lng: number, lat: number, zoom = 17): string {
  const la = lat.toFixed(5);
  const lo = lng.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=${zoom}/${la}/${lo}`;
}

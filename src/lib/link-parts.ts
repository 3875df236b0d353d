/**
 * A location's hash without some of its keys (`#from=…&measure=…` minus `measure`), for
 * "reload without the part of the link that failed". Unknown text is kept as it was. Pure.
 */
export function hashWithout(hash: string, keys: readonly string[]): string {
  if (keys.length === 0) return hash;
  const kept = hash
    .replace(/^#/, "")
    .split("&")
    .filter((pair) => pair !== "" && !keys.includes(pair.split("=", 1)[0] ?? ""));
  return kept.length > 0 ? `#${kept.join("&")}` : "";
}

/** A query string without some keys (`?strikes=./x.geojson` minus `strikes`). Pure. */
export function searchWithout(search: string, keys: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const key of keys) params.delete(key);
  const text = params.toString();
  return text ? `?${text}` : "";
}

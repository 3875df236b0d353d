/** A deterministic CSV of `n` strikes around Kyiv over two years, ISO times with +02:00/+03:00. */
export function syntheticCsv(n: number): string {
  const lines = ["id,time,lat,lon,name,weapon,link"];
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const startMs = Date.parse("2024-01-01T00:00:00Z");
  for (let i = 0; i < n; i++) {
    const t = new Date(startMs + Math.floor(rnd() * 730 * 86_400_000));
    const iso = `${t.toISOString().slice(0, 16)}Z`;
    const lat = (50.3 + rnd() * 0.3).toFixed(5);
    const lon = (30.3 + rnd() * 0.5).toFixed(5);
    lines.push(`s${i},${iso},${lat},${lon},Synthetic ${i},drone,https://example.org/${i}`);
  }
  return `${lines.join("\n")}\n`;
}

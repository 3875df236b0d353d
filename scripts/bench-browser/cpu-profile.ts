/**
 * Where the main thread's script time went during a benchmark pass: a V8 CPU profile (CDP
 * `Profiler`) summarised as the functions with the most self time and the most inclusive time.
 * Diagnostic only (`npm run bench:browser -- --profile`); build with `--minify false` for names.
 */
import { writeFileSync } from "node:fs";
import type { CDPSession } from "playwright-core";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** Starts sampling the page's main thread every `intervalUs` µs. */
export async function startCpuProfile(cdp: CDPSession, intervalUs = 250): Promise<void> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await cdp.send("Profiler.start");
}

/**
 * Stops sampling; the top `k` functions by self and by inclusive time, as printable lines. With
 * `saveTo`, the raw profile is also written there (a `.cpuprofile` that DevTools opens).
 */
export async function stopCpuProfile(cdp: CDPSession, k = 15, saveTo?: string): Promise<string[]> {
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  if (saveTo) writeFileSync(saveTo, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return "?";
    const file = f.url.split("/").pop() || "(native)";
    return `${f.functionName || "(anon)"} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dtUs = profile.timeDeltas[i + 1] ?? 0;
    self.set(label(id), (self.get(label(id)) ?? 0) + dtUs);
    const seen = new Set<string>();
    for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
      const l = label(c);
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + dtUs);
    }
  });
  const top = (m: Map<string, number>) =>
    [...m]
      .filter(([l]) => !l.startsWith("(root)") && !l.startsWith("(idle)"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([l, us]) => `    ${(us / 1000).toFixed(1).padStart(8)} ms  ${l}`);
  return ["  self:", ...top(self), "  inclusive:", ...top(incl)];
}

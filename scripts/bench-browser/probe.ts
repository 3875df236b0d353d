/**
 * In-page measurement helpers for the browser benchmark. `installProbe` is serialised by
 * playwright and run inside the app page, so it must not reference anything outside itself.
 * It reads the app's test hook `window.__nearmiss = { map, store }`.
 */
export function installProbe(): void {
  // biome-ignore lint/suspicious/noExplicitAny: page-side probe over the app's untyped test hook
  const w = window as any;
  const { map, store } = w.__nearmiss;
  const gl: WebGL2RenderingContext = map.painter.context.gl;
  const pixel = new Uint8Array(4);
  /** Blocks until the GPU process has rasterised the last frame (software GL: until pixels exist). */
  const readback = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  const once = (event: string) => new Promise<void>((resolve) => map.once(event, () => resolve()));

  // Every setData call on the strike sources, so a step waits for the data of its own window.
  let setDataCalls = 0;
  for (const id of ["strikes", "strike-halos"]) {
    const source = map.getSource(id);
    const original = source.setData.bind(source);
    source.setData = (data: unknown, ...rest: unknown[]) => {
      setDataCalls += 1;
      return original(data, ...rest);
    };
  }

  const longTasks: number[] = [];
  const longScripts: number[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: "longtask", buffered: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // biome-ignore lint/suspicious/noExplicitAny: LoAF entries are not in TS's DOM lib yet
        for (const s of (e as any).scripts ?? []) longScripts.push(s.duration);
      }
    }).observe({ type: "long-animation-frame", buffered: false });
  } catch {
    // LoAF unsupported: longest script stays unknown.
  }

  /** Resolves once the map has applied new strike data and drawn it, with nothing left loading. */
  const settled = async (callsBefore: number) => {
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline) {
      if (setDataCalls === callsBefore) {
        // The sync applies the window on the next animation frame; no call yet means no change so far.
        await new Promise((r) => requestAnimationFrame(r));
        continue;
      }
      await once("idle");
      if (map.isSourceLoaded("strikes") && map.isSourceLoaded("strike-halos")) return;
    }
    throw new Error("no new strike data within 5 s (the window did not change?)");
  };

  w.__bench = {
    /** Arms a one-shot listener: the next pointer move starts the clock; resolves input → pixels in ms. */
    armInput(): Promise<number> {
      return new Promise((resolve, reject) => {
        const onInput = () => {
          document.removeEventListener("pointermove", onInput, true);
          const t0 = performance.now();
          const before = setDataCalls;
          settled(before)
            .then(() => {
              readback();
              resolve(performance.now() - t0);
            })
            .catch(reject);
        };
        document.addEventListener("pointermove", onInput, true);
      });
    },
    /** Median idle frame (repaint → idle → pixels) over `samples`, nothing changed. */
    async idleFrame(samples: number): Promise<number> {
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        await new Promise((r) => setTimeout(r, 0));
        const t0 = performance.now();
        const idle = once("idle");
        map.triggerRepaint();
        await idle;
        readback();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? Number.NaN;
    },
    setStrikeLayersVisible(visible: boolean): void {
      for (const layer of map.getStyle().layers) {
        if (layer.source === "strikes" || layer.source === "strike-halos") {
          map.setLayoutProperty(layer.id, "visibility", visible ? "visible" : "none");
        }
      }
    },
    async waitSettledAfter(callsBefore: number): Promise<void> {
      await settled(callsBefore);
      readback();
    },
    setDataCalls: () => setDataCalls,
    resetTasks(): void {
      longTasks.length = 0;
      longScripts.length = 0;
    },
    tasks: () => ({
      longestTaskMs: Math.max(0, ...longTasks),
      longTaskCount: longTasks.length,
      longestScriptMs: Math.max(0, ...longScripts),
    }),
    /** Ids drawn from the strikes source vs the ids the store says are in the window. */
    check(): { drawn: number; expected: number; same: boolean } {
      const s = store.getState();
      const lo = s.strikes.findIndex((x: { tMs: number }) => x.tMs >= s.timeWindow.startMs);
      const expected = new Set<string>();
      for (let i = Math.max(0, lo); i < s.strikes.length && s.strikes[i].tMs < s.timeWindow.endMs; i++) {
        expected.add(s.strikes[i].id);
      }
      const drawn = new Set<string>(
        map.querySourceFeatures("strikes").map((f: { properties: { sid: string } }) => f.properties.sid),
      );
      const same = drawn.size === expected.size && [...expected].every((id) => drawn.has(id));
      return { drawn: drawn.size, expected: expected.size, same };
    },
    domain(): { startMs: number; endMs: number; count: number } {
      const s = store.getState();
      return { startMs: s.strikes[0].tMs, endMs: s.strikes[s.strikes.length - 1].tMs, count: s.strikes.length };
    },
  };
}

// In-page measurement helpers for the browser benchmark (scripts/bench-browser.ts), injected as a
// plain script into the built app. Reads the app's test hook `window.__nearmiss = { map, store }`
// and defines `window.__bench`. Plain JavaScript on purpose: it is sent to the page as source text.
(() => {
  const w = window;
  const { map, store } = w.__nearmiss;
  const gl = map.painter.context.gl;
  const pixel = new Uint8Array(4);
  /** Blocks until the GPU process has rasterised the last frame (software GL: until pixels exist). */
  const readback = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  const once = (event) => new Promise((resolve) => map.once(event, () => resolve()));
  const STRIKE_SOURCES = ["strikes", "strike-halos"];

  // The custom WebGL strike layer, when the build has it; otherwise the GeoJSON path is timed.
  const glLayer = map.getLayer("strike-gl-icons")?.implementation;
  const mode = glLayer?.drawnRange ? "gl" : "geojson";

  // Every setData call on the strike sources (the GeoJSON path waits for its own window's data).
  let setDataCalls = 0;
  for (const id of STRIKE_SOURCES) {
    const source = map.getSource(id);
    if (!source) continue;
    const original = source.setData.bind(source);
    source.setData = (data, ...rest) => {
      setDataCalls += 1;
      return original(data, ...rest);
    };
  }

  const longTasks = [];
  const longScripts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: "longtask", buffered: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // Only the app's own scripts: the probe's pixel readback would otherwise count as script.
        for (const s of e.scripts ?? []) {
          if (!s.sourceURL?.includes("/assets/")) continue;
          const file = s.sourceURL
            .split("/")
            .pop()
            ?.replace(/-[\w-]{8}\.js$/, ".js");
          longScripts.push({
            ms: s.duration,
            where: `${s.invoker} ${file}:${s.sourceCharPosition}`,
          });
        }
      }
    }).observe({ type: "long-animation-frame", buffered: false });
  } catch {
    // LoAF unsupported: longest script stays unknown.
  }

  /** `[lo, hi)` of the store's strikes inside its window (binary search, like the app). */
  const expectedRange = () => {
    const s = store.getState();
    const bound = (t) => {
      let a = 0;
      let b = s.strikes.length;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (s.strikes[m].tMs < t) a = m + 1;
        else b = m;
      }
      return a;
    };
    return { lo: bound(s.timeWindow.startMs), hi: bound(s.timeWindow.endMs) };
  };

  /** Resolves at the first painted frame that draws the store's current window. */
  const windowPainted = async (callsBefore, frameBefore, timeoutMs = 5000) => {
    const deadline = performance.now() + timeoutMs;
    if (mode === "gl") {
      // Once the input's handlers have run (the frame may have come already: Chromium dispatches
      // a pointer move just before the animation frames of the frame it starts). A window that
      // holds the very strikes already drawn (as in the stretches of a merged history with no
      // imported strikes) changes nothing the map draws, so the app asks for no frame and there
      // is none to time; waiting would time whatever later frame other work asks for. Such a move
      // is left out, like a move that did not change the window at all.
      await new Promise((r) => setTimeout(r, 0));
      const drawn = glLayer.drawnRange();
      const want = expectedRange();
      if (drawn.lo === want.lo && drawn.hi === want.hi) {
        if (drawn.frame > frameBefore) return;
        throw new Error("the move changed nothing the map draws");
      }
    }
    while (performance.now() < deadline) {
      if (mode === "gl") {
        // A frame, or the deadline: a move that changed nothing the map draws brings no frame.
        await Promise.race([
          once("render"),
          new Promise((r) => setTimeout(r, Math.max(0, deadline - performance.now()))),
        ]);
        const drawn = glLayer.drawnRange();
        const want = expectedRange();
        if (drawn.frame > frameBefore && drawn.lo === want.lo && drawn.hi === want.hi) return;
        continue;
      }
      if (setDataCalls === callsBefore) {
        await new Promise((r) => requestAnimationFrame(r));
        continue;
      }
      await once("render");
      if (STRIKE_SOURCES.every((id) => !map.getSource(id) || map.isSourceLoaded(id))) return;
    }
    throw new Error(`the window was not painted within ${timeoutMs} ms (did it change?)`);
  };

  w.__bench = {
    mode,
    /**
     * Arms a one-shot listener: the next pointer move starts the clock; resolves input → pixels in
     * ms. Without `withReadback` it resolves at the painted frame without reading pixels back (the
     * traced pass: a page readback would count as the page's own work).
     */
    armInput(withReadback = true) {
      return new Promise((resolve, reject) => {
        const onInput = () => {
          document.removeEventListener("pointermove", onInput, true);
          const t0 = performance.now();
          const frameBefore = mode === "gl" ? glLayer.drawnRange().frame : 0;
          windowPainted(setDataCalls, frameBefore)
            .then(() => {
              if (withReadback) readback();
              resolve(performance.now() - t0);
            })
            .catch(reject);
        };
        document.addEventListener("pointermove", onInput, true);
      });
    },
    /**
     * Median idle frame (repaint → idle → pixels) over `samples`, nothing changed. When the map
     * never goes idle (symbol placement still running, as with 100k strikes in one window), the
     * sample is one full frame instead: from one `render` to the next, plus the readback.
     */
    async idleFrame(samples) {
      const times = [];
      for (let i = 0; i < samples; i++) {
        await new Promise((r) => setTimeout(r, 0));
        const t0 = performance.now();
        const idle = once("idle").then(() => "idle");
        const late = new Promise((r) => setTimeout(() => r("late"), 15_000));
        map.triggerRepaint();
        if ((await Promise.race([idle, late])) === "idle") {
          readback();
          times.push(performance.now() - t0);
          continue;
        }
        await once("render");
        const t1 = performance.now();
        map.triggerRepaint();
        await once("render");
        readback();
        times.push(performance.now() - t1);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? Number.NaN;
    },
    /** Repaints `samples` times, each time waiting for the frame, without reading pixels back. */
    async repaint(samples) {
      for (let i = 0; i < samples; i++) {
        await new Promise((r) => setTimeout(r, 0));
        map.triggerRepaint();
        await once("render");
      }
    },
    /** Hides or shows every layer that draws strikes (GL layers and the GeoJSON strike layers). */
    setStrikeLayersVisible(visible) {
      for (const layer of map.getStyle().layers) {
        const isStrike = layer.id.startsWith("strike-gl-") || STRIKE_SOURCES.includes(layer.source);
        if (isStrike) map.setLayoutProperty(layer.id, "visibility", visible ? "visible" : "none");
      }
    },
    /** Waits (at most `capMs`) until everything has loaded and the map is idle. */
    async settle(capMs = 20_000) {
      const deadline = performance.now() + capMs;
      while (performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 300));
        if (!map.loaded() || map.isMoving()) continue;
        const idle = once("idle").then(() => true);
        const late = new Promise((r) =>
          setTimeout(() => r(false), Math.max(0, deadline - performance.now())),
        );
        map.triggerRepaint();
        if (await Promise.race([idle, late])) return true;
      }
      return false;
    },
    /** Waits for the current window's frame (after a click such as the "All" preset). */
    async waitPainted(callsBefore, frameBefore) {
      await windowPainted(callsBefore, frameBefore, 300_000);
      readback();
    },
    marks() {
      return { calls: setDataCalls, frame: mode === "gl" ? glLayer.drawnRange().frame : 0 };
    },
    resetTasks() {
      longTasks.length = 0;
      longScripts.length = 0;
    },
    tasks: () => ({
      longestTaskMs: Math.max(0, ...longTasks),
      longTaskCount: longTasks.length,
      // null when LoAF listed no script of the app's bundles (or is unsupported): unknown, not 0.
      longestScriptMs: longScripts.length > 0 ? Math.max(...longScripts.map((x) => x.ms)) : null,
      longestScripts: [...longScripts].sort((a, b) => b.ms - a.ms).slice(0, 3),
    }),
    /** Ids in the strikes source vs the ids inside the store's window, and what the GL layer drew. */
    check() {
      const s = store.getState();
      const { lo, hi } = expectedRange();
      // With filters on (the filtered case), the mirror holds only the strikes they let through.
      const f = s.filters;
      const shown = (x) =>
        !f.hiddenWeapons.includes(x.weaponClass) &&
        !f.hiddenConfidence.includes(x.confidence) &&
        !f.hiddenPrecision.includes(x.locationPrecision);
      const expected = new Set(
        s.strikes
          .slice(lo, hi)
          .filter(shown)
          .map((x) => x.id),
      );
      const drawn = new Set(map.querySourceFeatures("strikes").map((f) => f.properties.sid));
      const same = drawn.size === expected.size && [...expected].every((id) => drawn.has(id));
      const glDrawn = mode === "gl" ? glLayer.drawnRange() : undefined;
      const glSame = !glDrawn || (glDrawn.lo === lo && glDrawn.hi === hi);
      return { drawn: drawn.size, expected: expected.size, same: same && glSame };
    },
    domain() {
      const s = store.getState();
      return {
        startMs: s.strikes[0].tMs,
        endMs: s.strikes[s.strikes.length - 1].tMs,
        count: s.strikes.length,
      };
    },
  };
})();

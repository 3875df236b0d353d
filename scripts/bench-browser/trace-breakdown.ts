/**
 * Diagnostic: what fills the longest tasks of a traced scrub. Reads a trace written by
 * `npm run bench:browser -- --trace=/tmp/tr` and lists the renderer main thread's tasks over
 * 50 ms, largest own time first (own = task − compositor readback, as in trace-tasks.ts), each
 * with its readback, all GPU waits, and the trace events with the most self time inside it.
 * `npx tsx scripts/bench-browser/trace-breakdown.ts /tmp/tr.0.json [--top=8]`
 */
import { readFileSync } from "node:fs";
import type { TraceEvent } from "./trace-tasks";

const file = process.argv[2];
if (!file) throw new Error("usage: trace-breakdown.ts <trace.json> [--top=8]");
const top = Number(process.argv.find((a) => a.startsWith("--top="))?.split("=")[1] ?? 8);
const raw = JSON.parse(readFileSync(file, "utf8")) as { traceEvents?: TraceEvent[] } | TraceEvent[];
const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
if (!main) throw new Error("no renderer main thread in this trace");
const thread = events
  .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined)
  .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const sumOf = (xs: readonly TraceEvent[], name: string) =>
  xs.filter((e) => e.name === name).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;

const rows = thread
  .filter((t) => t.name === "ThreadControllerImpl::RunTask" && (t.dur ?? 0) > 50_000)
  .map((task) => {
    const inner = thread.filter((e) => e !== task && e.ts >= task.ts && end(e) <= end(task));
    // Self time per event name: each event's duration less its direct children's.
    const childUs = new Map<TraceEvent, number>();
    const stack: TraceEvent[] = [];
    for (const e of inner) {
      while (stack.length > 0 && end(stack[stack.length - 1] as TraceEvent) <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) childUs.set(parent, (childUs.get(parent) ?? 0) + (e.dur ?? 0));
      stack.push(e);
    }
    const self = new Map<string, number>();
    for (const e of inner)
      self.set(e.name, (self.get(e.name) ?? 0) + ((e.dur ?? 0) - (childUs.get(e) ?? 0)) / 1000);
    const readbackMs = sumOf(inner, "GLES2::ReadPixels");
    const taskMs = (task.dur ?? 0) / 1000;
    return {
      ownMs: taskMs - readbackMs,
      taskMs,
      readbackMs,
      gpuWaitMs: sumOf(inner, "CommandBufferProxyImpl::WaitForGetOffset"),
      largest: [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP_NAMES ?? 7)),
    };
  })
  .sort((a, b) => b.ownMs - a.ownMs);

console.log(`${rows.length} tasks over 50 ms; own = task − readback (ms)`);
for (const r of rows.slice(0, top)) {
  const parts = r.largest.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(", ");
  console.log(
    `own ${r.ownMs.toFixed(1)}  task ${r.taskMs.toFixed(0)}  readback ${r.readbackMs.toFixed(0)}  all GPU waits ${r.gpuWaitMs.toFixed(0)} | ${parts}`,
  );
}

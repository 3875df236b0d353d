import { describe, expect, it } from "vitest";
import {
  longest,
  markUs,
  splitLongTasks,
  type TraceEvent,
} from "../../scripts/bench-browser/trace-tasks";

const MAIN = { pid: 7, tid: 1 };
const OTHER = { pid: 7, tid: 2 };
const ms = (x: number) => x * 1000;
const ev = (name: string, startMs: number, durMs: number, where = MAIN): TraceEvent => ({
  name,
  ph: "X",
  ts: ms(startMs),
  dur: ms(durMs),
  ...where,
});
const threadName: TraceEvent = {
  name: "thread_name",
  ph: "M",
  ts: 0,
  ...MAIN,
  args: { name: "CrRendererMain" },
};

describe("splitLongTasks", () => {
  it("subtracts the compositor's readback wait from a long frame task", () => {
    const events = Object.freeze([
      threadName,
      ev("ThreadControllerImpl::RunTask", 0, 200),
      ev("FunctionCall", 5, 20),
      ev("LayerTreeHost::DoUpdateLayers", 30, 160),
      ev("GLES2::ReadPixels", 31, 150),
      ev("CommandBufferProxyImpl::WaitForGetOffset", 32, 148),
    ]);
    expect(splitLongTasks(events)).toEqual([
      { startUs: 0, taskMs: 200, readbackMs: 150, ownMs: 50, gpuBlockedMs: 0 },
    ]);
  });

  it("does not count a page's own readPixels (outside the compositor update) as readback", () => {
    const events = [
      threadName,
      ev("ThreadControllerImpl::RunTask", 0, 120),
      ev("FunctionCall", 0, 110),
      ev("GLES2::ReadPixels", 10, 90),
    ];
    expect(splitLongTasks(events)).toEqual([
      { startUs: 0, taskMs: 120, readbackMs: 0, ownMs: 120, gpuBlockedMs: 0 },
    ]);
  });

  it("reports GPU-process waits outside the readback beside own time, overlaps once", () => {
    const events = [
      threadName,
      ev("ThreadControllerImpl::RunTask", 10, 200),
      ev("FunctionCall", 10, 30),
      ev("CommandBufferProxyImpl::Flush", 30, 60),
      ev("CommandBufferProxyImpl::WaitForGetOffset", 40, 10),
      ev("CommandBufferProxyImpl::WaitForGetOffset", 95, 5),
      ev("LayerTreeHost::DoUpdateLayers", 110, 80),
      ev("GLES2::ReadPixels", 111, 70),
      ev("CommandBufferProxyImpl::WaitForGetOffset", 112, 68),
      ev("CommandBufferProxyImpl::Flush", 300, 50),
    ];
    expect(splitLongTasks(events)).toEqual([
      { startUs: ms(10), taskMs: 200, readbackMs: 70, ownMs: 130, gpuBlockedMs: 65 },
    ]);
  });

  it("ignores short tasks, other threads and traces without a renderer main thread", () => {
    const events = [
      threadName,
      ev("ThreadControllerImpl::RunTask", 0, 40),
      ev("ThreadControllerImpl::RunTask", 100, 300, OTHER),
    ];
    expect(splitLongTasks(events)).toEqual([]);
    expect(splitLongTasks(events.slice(1))).toEqual([]);
  });

  it("reports the longest of each part separately", () => {
    const splits = [
      { startUs: 4, taskMs: 200, readbackMs: 180, ownMs: 20, gpuBlockedMs: 5 },
      { startUs: 9, taskMs: 90, readbackMs: 0, ownMs: 90, gpuBlockedMs: 0 },
    ];
    expect(longest(splits)).toEqual({
      startUs: 4,
      taskMs: 200,
      readbackMs: 180,
      ownMs: 90,
      gpuBlockedMs: 5,
    });
    expect(longest([])).toEqual({
      startUs: 0,
      taskMs: 0,
      readbackMs: 0,
      ownMs: 0,
      gpuBlockedMs: 0,
    });
  });

  it("finds the time of a console.timeStamp mark by its label", () => {
    const mark = (label: string, ts: number): TraceEvent => ({
      name: "TimeStamp",
      ph: "I",
      ts,
      ...MAIN,
      args: { data: { message: label } },
    });
    const events = [threadName, mark("other", 5), mark("drawn", 42)];
    expect(markUs(events, "drawn")).toBe(42);
    expect(markUs(events, "missing")).toBeUndefined();
  });
});

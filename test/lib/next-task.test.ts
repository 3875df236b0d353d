import { afterEach, describe, expect, it, vi } from "vitest";
import { nextTask } from "@/lib/next-task";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("nextTask", () => {
  it("resolves in a later task: after the current task's microtasks", async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push("next task"));
    queueMicrotask(() => order.push("microtask"));
    Promise.resolve().then(() => order.push("promise"));
    await done;
    expect(order).toEqual(["microtask", "promise", "next task"]);
  });

  it("uses scheduler.yield where the browser has it", async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yieldFn });
    await nextTask();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });
});

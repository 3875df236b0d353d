/**
 * Resolves in a later task, so that the browser can paint and handle input in between: the
 * step of a long job (applying a 100k-row import) that awaits it starts a new task instead of
 * lengthening the current one. Uses `scheduler.yield()` where the browser has it (the job keeps
 * its place ahead of other queued work), else a `MessageChannel` message (timers are clamped to
 * 4 ms when nested, and to a second in background tabs).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

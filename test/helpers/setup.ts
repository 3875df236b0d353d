// Shared test setup: nothing global yet beyond Testing Library's cleanup for jsdom suites.
import { afterEach } from "vitest";

afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
});

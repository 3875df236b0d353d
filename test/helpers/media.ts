import { vi } from "vitest";
import { PHONE_QUERY } from "@/ui/phone";

/**
 * Stubs `matchMedia` so that the phone layout's query matches (or, `phone` false, nothing does).
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubPhone(phone = true): void {
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({
      matches: phone && query === PHONE_QUERY,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })),
  );
}

// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "@/state/store";
import { PHONE_QUERY } from "@/ui/phone";
import { SearchBox } from "@/ui/SearchBox";
import { StoreProvider } from "@/ui/store-context";

function media(phone: boolean) {
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

function placeholder() {
  render(
    <StoreProvider store={createAppStore({ clusterRunner: async () => [] })}>
      <SearchBox />
    </StoreProvider>,
  );
  return screen.getByRole("combobox").getAttribute("placeholder");
}

afterEach(() => vi.unstubAllGlobals());

describe("the search field's placeholder", () => {
  it("shows the / shortcut where there is a keyboard", () => {
    media(false);
    expect(placeholder()).toBe("Search ( / )");
  });

  it("is one word on a phone, with no key to press", () => {
    media(true);
    expect(placeholder()).toBe("Search");
  });
});

// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "@/state/store";
import { SearchBox } from "@/ui/SearchBox";
import { StoreProvider } from "@/ui/store-context";
import { stubPhone } from "../helpers/media";

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
    stubPhone(false);
    expect(placeholder()).toBe("Search ( / )");
  });

  it("is one word on a phone, with no key to press", () => {
    stubPhone();
    expect(placeholder()).toBe("Search");
  });
});

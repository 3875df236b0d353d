// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MapStatus, READY_VISIBLE_MS } from "@/ui/MapStatus";
import { StackList } from "@/ui/StackList";
import { StoreProvider } from "@/ui/store-context";
import { hourlyStrikes, storeWith } from "../helpers/map-store";

afterEach(() => vi.useRealTimers());

function renderWith(node: React.ReactNode) {
  const store = storeWith(hourlyStrikes(5));
  render(<StoreProvider store={store}>{node}</StoreProvider>);
  return store;
}

describe("MapStatus: the ready chip steps aside once read", () => {
  it("is in sight when the map is ready and hidden (still a status) a few seconds later", () => {
    vi.useFakeTimers();
    const store = renderWith(<MapStatus />);
    act(() => store.getState().setMapStatus("ready"));
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(/Map ready/);
    expect(status).not.toHaveClass("map-status-read");
    act(() => vi.advanceTimersByTime(READY_VISIBLE_MS - 100));
    expect(status).not.toHaveClass("map-status-read");
    act(() => vi.advanceTimersByTime(200));
    expect(screen.getByRole("status")).toHaveClass("map-status-read");
    expect(screen.getByRole("status")).toHaveTextContent(/Map ready/);
  });

  it("goes at the reader's first action, and shows again for a later status", () => {
    const store = renderWith(<MapStatus />);
    act(() => store.getState().setMapStatus("ready"));
    expect(screen.getByRole("status")).not.toHaveClass("map-status-read");
    fireEvent.pointerDown(window);
    expect(screen.getByRole("status")).toHaveClass("map-status-read");
    act(() => store.getState().setMapStatus("restoring", "Redrawing the map…"));
    expect(screen.getByRole("status")).not.toHaveClass("map-status-read");
    expect(screen.getByRole("status")).toHaveTextContent("Redrawing the map…");
  });
});

describe("StackList: the strikes behind a count badge", () => {
  it("lists the stack's strikes, and choosing one selects it and closes the list", async () => {
    const user = userEvent.setup();
    const store = renderWith(<StackList />);
    expect(screen.queryByRole("region", { name: "Strikes at one point" })).toBeNull();
    act(() => store.getState().showStack(["s1", "s3"]));
    const region = screen.getByRole("region", { name: "Strikes at one point" });
    expect(screen.getByRole("heading", { name: "2 strikes recorded at this point" })).toHaveFocus();
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    await user.click(items[1]?.querySelector("button") as HTMLElement);
    expect(store.getState().selection).toEqual({ kind: "strike", id: "s3" });
    expect(store.getState().panelTab).toBe("details");
    expect(region).not.toBeInTheDocument();
    expect(store.getState().stackIds).toBeNull();
  });

  it("closes on Escape and on its close button without choosing", async () => {
    const user = userEvent.setup();
    const store = renderWith(<StackList />);
    act(() => store.getState().showStack(["s0", "s1", "s2"]));
    await user.keyboard("{Escape}");
    expect(store.getState().stackIds).toBeNull();
    act(() => store.getState().showStack(["s0", "s1"]));
    await user.click(screen.getByRole("button", { name: /Close the list/ }));
    expect(store.getState().stackIds).toBeNull();
    expect(store.getState().selection).toBeNull();
  });
});

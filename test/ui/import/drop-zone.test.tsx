// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";
import { ImportDropZone } from "@/ui/import/ImportDropZone";
import { StoreProvider } from "@/ui/store-context";

const noClusters = async () => [];

function setup() {
  const store = createAppStore({ clusterRunner: noClusters });
  render(
    <StoreProvider store={store}>
      <input aria-label="Search" />
      <ImportDropZone />
    </StoreProvider>,
  );
  return store;
}

/** A DataTransfer stand-in (jsdom has none) carrying files. */
const transfer = (files: File[]) => ({ types: ["Files"], files, dropEffect: "none" });

describe("drop and paste anywhere", () => {
  it("shows an overlay while files are dragged over and opens the dialog with dropped files", () => {
    const store = setup();
    const file = new File(["a,b"], "x.csv");
    act(() => {
      fireEvent.dragEnter(window, { dataTransfer: transfer([file]) });
    });
    expect(screen.getByText("Drop files to import them")).toBeTruthy();
    act(() => {
      fireEvent.drop(window, { dataTransfer: transfer([file]) });
    });
    expect(screen.queryByText("Drop files to import them")).toBeNull();
    expect(store.getState().importRequest?.files).toEqual([file]);
  });

  it("takes pasted text when focus is not in a text field, and leaves text fields alone", () => {
    const store = setup();
    const paste = (target: Element) =>
      act(() => {
        fireEvent.paste(target, { clipboardData: { files: [], getData: () => "lat,lon\n50,30" } });
      });
    screen.getByRole("textbox", { name: "Search" }).focus();
    paste(screen.getByRole("textbox", { name: "Search" }));
    expect(store.getState().importRequest).toBeUndefined();
    (document.activeElement as HTMLElement).blur();
    paste(document.body);
    expect(store.getState().importRequest?.text).toBe("lat,lon\n50,30");
  });
});

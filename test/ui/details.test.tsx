// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createAppStore } from "@/state/store";
import { DetailsPanel } from "@/ui/DetailsPanel";
import { StoreProvider } from "@/ui/store-context";
import { consulate, embassy, strike } from "../helpers/domain-fixtures";

function setup() {
  const store = createAppStore();
  const hostile = strike({
    id: "s1",
    time: "2025-11-14T01:00:00+02:00",
    name: { en: "Hit on compound" },
    description: '<img src=x onerror="alert(1)">crater',
    sources: [
      { url: "https://example.org/a", publisher: "Outlet", title: "<b>bold</b> report" },
      { url: "javascript:alert(1)", publisher: "Bad", title: "trap" },
    ],
    disputed: [{ what: "attribution", by: "Russian MFA", detail: "claims an interceptor" }],
  });
  store.getState().setLoadedData({
    missions: [embassy, consulate],
    strikes: [hostile],
    events: [],
    issues: [],
    datasetVersion: "2026-11-24",
  });
  store.getState().select({ kind: "strike", id: "s1" }, "list");
  render(
    <StoreProvider store={store}>
      <DetailsPanel />
    </StoreProvider>,
  );
  return store;
}

describe("strike details", () => {
  it("shows time in Kyiv and UTC, weapon, provenance and the dispute", () => {
    setup();
    const article = screen.getByRole("article", { name: "Hit on compound" });
    expect(article).toHaveTextContent("14 Nov 2025, 01:00 (UTC+02:00)");
    expect(article).toHaveTextContent("13 Nov 2025, 23:00");
    expect(article).toHaveTextContent("Ballistic missile — as reported: “Iskander-M”");
    expect(article).toHaveTextContent("± 150 m");
    expect(article).toHaveTextContent("attribution — Russian MFA: claims an interceptor");
  });

  it("renders untrusted text as text and links only http(s) sources, safely", () => {
    setup();
    const article = screen.getByRole("article");
    expect(article.querySelector("img")).toBeNull();
    expect(article).toHaveTextContent('<img src=x onerror="alert(1)">crater');
    const link = screen.getByRole("link", { name: /<b>bold<\/b> report/ });
    expect(link).toHaveAttribute("href", "https://example.org/a");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.queryByRole("link", { name: /trap/ })).toBeNull();
    expect(article).toHaveTextContent("link withheld");
  });

  it("lists the distance to each mission, nearest first, and selects a mission from it", async () => {
    const store = setup();
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("Test Embassy");
    expect(rows[1]).toHaveTextContent("Test Consulate");
    await userEvent.click(within(table).getByRole("button", { name: "Test Consulate" }));
    expect(store.getState().selection).toEqual({ kind: "mission", id: "consulate-test" });
    expect(screen.getByRole("article", { name: "Test Consulate" })).toHaveTextContent("city only");
  });
});

describe("strike outside the window", () => {
  it("says so and brings the strike into the window on request", async () => {
    const store = setup();
    act(() =>
      store.getState().setTimeWindow({
        startMs: Date.parse("2025-11-14T02:00:00+02:00"),
        endMs: Date.parse("2025-11-14T05:00:00+02:00"),
      }),
    );
    const note = screen.getByText(/outside the current time window/);
    await userEvent.click(within(note).getByRole("button", { name: "Show its 24 hours" }));
    const { timeWindow, strikes } = store.getState();
    const tMs = strikes[0]?.tMs ?? Number.NaN;
    expect(tMs >= timeWindow.startMs && tMs < timeWindow.endMs).toBe(true);
    expect(screen.queryByText(/outside the current time window/)).toBeNull();
  });
});

describe("casualties and damage not given", () => {
  function details(layerId: string | undefined) {
    const store = createAppStore();
    const s = strike({
      id: layerId ? `${layerId}:1` : "c1",
      time: "2025-11-14T01:00:00+02:00",
      name: { en: "Quiet row" },
      casualties: {},
      damage: "",
      ...(layerId ? { layerId } : {}),
    });
    store.getState().setLoadedData({
      missions: [embassy],
      strikes: [s],
      events: [],
      issues: [],
      datasetVersion: "t",
    });
    store.getState().select({ kind: "strike", id: s.id }, "list");
    render(
      <StoreProvider store={store}>
        <DetailsPanel />
      </StoreProvider>,
    );
    return screen.getByRole("article", { name: "Quiet row" });
  }
  const valueFor = (article: HTMLElement, term: string) =>
    within(article).getByText(term, { selector: "dt" }).nextElementSibling?.textContent;

  it("reads no casualties in the curated data as none reported", () => {
    const article = details(undefined);
    expect(valueFor(article, "Casualties")).toBe("None reported");
    expect(valueFor(article, "Damage")).toBe("");
  });

  it("reads no casualties or damage in an imported row as not given, never as none", () => {
    const article = details("imp1");
    expect(valueFor(article, "Casualties")).toBe("Not given in the imported file");
    expect(valueFor(article, "Damage")).toBe("Not given in the imported file");
  });
});

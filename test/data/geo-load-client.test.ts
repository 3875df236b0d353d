import { describe, expect, it, vi } from "vitest";
import { loadGeoOffThread } from "@/data/geo-load-client";
import type { GeoFileUrls } from "@/data/geo-urls";
import { loadGeo, MAX_DATA_FILE_BYTES } from "@/data/load-geo";
import type { PortLike } from "@/lib/worker-connection";

const urls: GeoFileUrls = {
  missions: { url: "http://x/m.geojson", name: "m.geojson" },
  strikes: { url: "http://x/s.geojson", name: "./s.geojson", overridden: true },
  events: { url: "http://x/e.json", name: "e.json" },
};

describe("data files: size limit", () => {
  it("refuses a file whose declared size is over the limit, before reading it", async () => {
    const text = vi.fn(async () => "{}");
    const data = await loadGeo(urls, async (url) => ({
      ok: true,
      status: 200,
      headers: {
        get: (h: string) =>
          h === "content-length" && url.includes("s.geojson") ? String(150 * 1024 * 1024) : null,
      },
      text,
    }));
    expect(data.issues.find((i) => i.file === "./s.geojson")).toEqual({
      file: "./s.geojson",
      path: "",
      message: `is 150 MB, over the ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB limit for a data file, so it was not loaded`,
    });
    expect(data.failedFiles).toEqual(["./s.geojson"]);
    expect(data.overrides).toEqual([{ kind: "strikes", name: "./s.geojson" }]);
    expect(text).toHaveBeenCalledTimes(2);
  });
});

describe("loadGeoOffThread", () => {
  it("returns what the worker replies", async () => {
    const port: PortLike<{ urls: GeoFileUrls }> = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        const { id } = message as unknown as { id: number };
        queueMicrotask(() =>
          port.onmessage?.({
            data: { id, ok: true, result: { strikes: ["from the worker"] } } as never,
          }),
        );
      },
      terminate: vi.fn(),
    };
    const data = await loadGeoOffThread(urls, () => port);
    expect(data.strikes).toEqual(["from the worker"]);
    expect(port.terminate).toHaveBeenCalled();
  });
});

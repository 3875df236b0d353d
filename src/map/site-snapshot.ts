import type { Map as MaplibreMap } from "maplibre-gl";
import type { LngLat } from "@/domain/types";
import { attributions, paintedFrame } from "./capture";
import { captureMap } from "./capture-target";

/** A picture of the map around a site, as a PNG data URL with the attributions of what it shows. */
export interface SiteSnapshotImage {
  readonly dataUrl: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly attribution: readonly string[];
}

const M_PER_DEG_LAT = 111_320;

/** Resolves once the map has drawn everything it is waiting for (tiles, sources, moves). */
async function settled(map: MaplibreMap): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise<void>((resolve) => {
      map.once("idle", () => resolve());
      map.triggerRepaint();
    });
    if (map.loaded() && !map.isMoving()) return;
  }
}

function contextLost(map: MaplibreMap): boolean {
  const gl = map.getCanvas().getContext("webgl2");
  return !gl || gl.isContextLost();
}

/**
 * Fits the registered map to the circle of `radiusM` around `center`, waits until it is idle,
 * copies one painted frame (basemap, street tiles, strike GL layer, rings) at 2× to a PNG data
 * URL, and puts the camera back. Rejects with a reason a reader understands when it cannot.
 */
export async function captureSiteSnapshot(
  center: LngLat,
  radiusM: number,
  dataLicence: string,
): Promise<SiteSnapshotImage> {
  const map = captureMap();
  if (!map) throw new Error("the map is not ready");
  if (contextLost(map)) throw new Error("the map's WebGL context was lost");
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing() };
  const dLat = (radiusM * 1.15) / M_PER_DEG_LAT;
  const dLng = dLat / Math.cos((center[1] * Math.PI) / 180);
  map.fitBounds(
    [
      [center[0] - dLng, center[1] - dLat],
      [center[0] + dLng, center[1] + dLat],
    ],
    { padding: 8, animate: false, maxZoom: 19 },
  );
  try {
    await settled(map);
    if (contextLost(map)) throw new Error("the map's WebGL context was lost");
    const frame = await paintedFrame(map, 2);
    return {
      dataUrl: frame.toDataURL("image/png"),
      widthPx: frame.width / 2,
      heightPx: frame.height / 2,
      attribution: attributions(map, dataLicence),
    };
  } finally {
    map.jumpTo(camera);
  }
}

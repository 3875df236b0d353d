import { createContext, useContext } from "react";

/** Renders the current map view with its caption as a PNG at `scale` × the screen's pixels. */
export type SaveMapImage = (scale: 1 | 2) => Promise<Blob>;

/** Provided by the app shell (which may reach the map); ui/ never imports map/. */
export const MapImageContext = createContext<SaveMapImage | undefined>(undefined);

export const useSaveMapImage = () => useContext(MapImageContext);

/** A picture of the map around a site (see map/site-snapshot.ts), for the printable brief. */
export interface SiteSnapshot {
  readonly dataUrl: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly attribution: readonly string[];
}

/** Draws the map around `center` out to `radiusM`; rejects with a reason when it cannot. */
export type CaptureSiteSnapshot = (
  center: readonly [number, number],
  radiusM: number,
) => Promise<SiteSnapshot>;

/** Provided by the app shell in brief mode, where a hidden map draws the snapshot. */
export const SiteSnapshotContext = createContext<CaptureSiteSnapshot | undefined>(undefined);

export const useCaptureSiteSnapshot = () => useContext(SiteSnapshotContext);

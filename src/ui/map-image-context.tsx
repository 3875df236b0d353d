import { createContext, useContext } from "react";

/** Renders the current map view with its caption as a PNG at `scale` × the screen's pixels. */
export type SaveMapImage = (scale: 1 | 2) => Promise<Blob>;

/** Provided by the app shell (which may reach the map); ui/ never imports map/. */
export const MapImageContext = createContext<SaveMapImage | undefined>(undefined);

export const useSaveMapImage = () => useContext(MapImageContext);

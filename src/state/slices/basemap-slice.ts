import type { StateCreator } from "zustand";
import type { NamedBasemapId } from "@/domain/basemaps";
import type { AppState } from "../store";

/** The chosen basemap. "file" is a local PMTiles file; "custom" a style or XYZ URL. */
export type BasemapChoice =
  | { readonly kind: NamedBasemapId }
  | { readonly kind: "file"; readonly file: File }
  | { readonly kind: "custom"; readonly url: string };

/** Where the map looks: centre [lng, lat], zoom and bearing (degrees). */
export interface Camera {
  readonly center: readonly [number, number];
  readonly zoom: number;
  readonly bearing: number;
}

/** Map view and basemap state: written by map/ (camera, failures) and ui/ (choices). */
export interface BasemapSlice {
  basemap: BasemapChoice;
  /** Why the last basemap failed, or what a link offered; shown until dismissed. */
  basemapMessage: string | undefined;
  /** An online basemap a shared link named, offered but not loaded until the reader agrees. */
  basemapOffer: NamedBasemapId | undefined;
  /** The camera after the last move (map/ writes it). */
  camera: Camera | undefined;
  /** A camera the map should jump to (a link); map/ clears it when applied. */
  cameraRequest: Camera | undefined;
  setBasemap: (basemap: BasemapChoice) => void;
  /** Falls back to the embedded basemap with `message` saying what failed. */
  failBasemap: (message: string) => void;
  setBasemapMessage: (message: string | undefined) => void;
  setBasemapOffer: (offer: NamedBasemapId | undefined) => void;
  setCamera: (camera: Camera) => void;
  requestCamera: (camera: Camera | undefined) => void;
}

export const createBasemapSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  BasemapSlice
> = (set) => ({
  basemap: { kind: "embedded" },
  basemapMessage: undefined,
  basemapOffer: undefined,
  camera: undefined,
  cameraRequest: undefined,
  setBasemap: (basemap) => set({ basemap, basemapMessage: undefined, basemapOffer: undefined }),
  failBasemap: (message) => set({ basemap: { kind: "embedded" }, basemapMessage: message }),
  setBasemapMessage: (basemapMessage) => set({ basemapMessage }),
  setBasemapOffer: (basemapOffer) => set({ basemapOffer }),
  setCamera: (camera) => set({ camera }),
  requestCamera: (cameraRequest) => set({ cameraRequest }),
});

import { useEffect, useRef } from "react";
import type { AppStore } from "@/state/store";
import type { RingBuilder } from "./features";
import { mountMap } from "./mount-map";
import "maplibre-gl/dist/maplibre-gl.css";

interface MapViewProps {
  readonly store: AppStore;
  readonly ring: RingBuilder;
  /** A hidden map that only draws a brief's snapshot (no input; its camera is not linked). */
  readonly snapshot?: boolean;
}

/** The map canvas. React owns only the container; everything inside is driven from the store. */
export function MapView({ store, ring, snapshot = false }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    return mountMap(container, store, ring, snapshot);
  }, [store, ring, snapshot]);
  return <div ref={containerRef} className="map-canvas" />;
}

import { lazy, Suspense, useEffect, useId, useState } from "react";
import { selectClusterList, selectSelectedCluster } from "@/state/proximity-selectors";
import { clusterInputsKey, clusterKey } from "@/state/slices/proximity-slice";
import { WINDOW_REST_MS } from "@/state/window-rest";
import { useAppStore, useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

// The open panel (settings, lists) is fetched when first opened, not in the first script.
const ClusterPopover = lazy(() => import("./ClusterPopover"));

/**
 * Clusters of the window's strikes (DBSCAN): the button with their count, which opens the panel
 * (./ClusterPopover); a cluster chosen on the map opens it too.
 */
export function ClusterPanel() {
  const store = useAppStoreApi();
  const clusters = useAppStore(selectClusterList);
  const chosen = useAppStore(selectSelectedCluster);
  const key = useAppStore(clusterKey);
  const inputsKey = useAppStore(clusterInputsKey);
  // Clusters wait for the map's first ready (or its failure), keeping the analysis worker out of
  // the start; the map's cluster layer asks at the same moment.
  const mapStarted = useAppStore((s) => s.mapStatus !== "loading");
  const [open, setOpen] = useState(false);
  const { t } = useI18n();
  const id = useId();
  const chosenId = chosen?.cluster.id;

  useEffect(() => {
    if (chosenId !== undefined) setOpen(true);
  }, [chosenId]);
  // Clusters follow the data and the settings at once (in a task of their own: after an import
  // the columns' copy to the worker is ~40 ms), and the window once it rests, as the map's cluster
  // layer asks (map/sync/clusters-sync.ts): asking on every step of a drag started a worker job
  // per step and redrew the cluster layer mid-drag.
  useEffect(() => {
    if (!inputsKey || !mapStarted) return;
    const timer = setTimeout(() => store.getState().ensureClusters(), 0);
    return () => clearTimeout(timer);
  }, [store, inputsKey, mapStarted]);
  useEffect(() => {
    if (!key || !mapStarted) return;
    const timer = setTimeout(() => store.getState().ensureClusters(), WINDOW_REST_MS);
    return () => clearTimeout(timer);
  }, [store, key, mapStarted]);

  return (
    <div className="cluster-panel">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {t("clusters.button", { count: clusters.length })}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ClusterPopover id={id} />
        </Suspense>
      ) : null}
    </div>
  );
}

import { lazy, Suspense, useEffect, useId, useState } from "react";
import { selectClusterList, selectSelectedCluster } from "@/state/proximity-selectors";
import { clusterKey } from "@/state/slices/proximity-slice";
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
  // The key changes with the data, the window and the settings: clusters follow all three.
  useEffect(() => {
    if (key && mapStarted) store.getState().ensureClusters();
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

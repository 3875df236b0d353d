import type { LayerStorage } from "@/data/layer-db";
import type { ImportedLayer } from "./slices/layers-slice";
import type { AppStore } from "./store";

const report = (store: AppStore) => (e: unknown) =>
  store
    .getState()
    .setLayerStorageProblem(
      `${e instanceof Error ? e.message : String(e)}. Imported layers stay on screen until you close the page.`,
    );

/**
 * Reads layers saved in this browser into the store, then mirrors every change (added, removed,
 * shown/hidden) back to storage. Storage failures are reported in `layerStorageProblem`, never
 * thrown: the app keeps working without persistence. Returns an unsubscribe.
 */
export function bindLayerStorage(
  store: AppStore,
  storage: LayerStorage<ImportedLayer>,
): () => void {
  const fail = report(store);
  store.getState().setLayersStatus("loading");
  let saved = new Map<string, ImportedLayer>();
  let stop: (() => void) | undefined;
  let stopped = false;
  // One write at a time, in order: a visibility change must not overtake the save it amends.
  let queue: Promise<void> = Promise.resolve();
  // Writes start in a later task, so that drawing an import never waits for its saving.
  const later = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const enqueue = (write: () => Promise<void>) => {
    queue = queue.then(later).then(write).catch(fail);
  };
  const mirror = (layers: readonly ImportedLayer[]) => {
    const next = new Map(layers.map((l) => [l.id, l] as const));
    for (const [id] of saved) if (!next.has(id)) enqueue(() => storage.remove(id));
    for (const layer of layers) {
      const old = saved.get(layer.id);
      if (!old) enqueue(() => storage.put(layer));
      else if (old !== layer) enqueue(() => storage.putMeta(layer));
    }
    saved = next;
  };
  storage
    .loadAll()
    .then(
      (restored) => {
        if (stopped) return;
        const state = store.getState();
        // Layers imported while reading keep their place after the restored ones.
        const fresh = state.layers.filter((l) => !restored.some((r) => r.id === l.id));
        saved = new Map(restored.map((l) => [l.id, l] as const));
        state.setLayers([...restored, ...fresh]);
      },
      (e) => fail(e),
    )
    .finally(() => {
      if (stopped) return;
      store.getState().setLayersStatus("ready");
      mirror(store.getState().layers);
      stop = store.subscribe((s) => s.layers, mirror);
    });
  return () => {
    stopped = true;
    stop?.();
  };
}

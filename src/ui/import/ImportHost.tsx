import { lazy, Suspense } from "react";
import { useAppStore } from "../store-context";
import type { MappingMemory } from "./ImportDialog";

// The dialog and the import pipeline it starts are fetched only when the user imports.
const ImportDialog = lazy(() => import("./ImportDialog"));

/** Mounts the (lazily loaded) import dialog while an import is requested. */
export function ImportHost({ memory }: { memory?: MappingMemory }) {
  const request = useAppStore((s) => s.importRequest);
  if (!request) return null;
  return (
    <Suspense fallback={<p className="import-loading">Loading the importer…</p>}>
      <ImportDialog key={request.n} request={request} memory={memory} />
    </Suspense>
  );
}

import { lazy, Suspense } from "react";
import { useAppStore } from "../store-context";
import { useI18n } from "../use-i18n";
import type { MappingMemory } from "./ImportDialog";

// The dialog and the import pipeline it starts are fetched only when the user imports.
const ImportDialog = lazy(() => import("./ImportDialog"));

/** Mounts the (lazily loaded) import dialog while an import is requested. */
export function ImportHost({ memory }: { memory?: MappingMemory }) {
  const request = useAppStore((s) => s.importRequest);
  const { t } = useI18n();
  if (!request) return null;
  return (
    <Suspense fallback={<p className="import-loading">{t("import.loading")}</p>}>
      <ImportDialog key={request.n} request={request} memory={memory} />
    </Suspense>
  );
}

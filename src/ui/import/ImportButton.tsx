import { useAppStoreApi } from "../store-context";

/** "Import…": opens the import dialog (files, paste, settings). */
export function ImportButton() {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="header-button header-import"
      onClick={() => store.getState().requestImport()}
    >
      Import…
    </button>
  );
}

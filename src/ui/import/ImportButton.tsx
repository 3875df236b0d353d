import { useAppStoreApi } from "../store-context";
import { useI18n } from "../use-i18n";

/** "Import…": opens the import dialog (files, paste, settings). */
export function ImportButton() {
  const store = useAppStoreApi();
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="header-button header-import"
      onClick={() => store.getState().requestImport()}
    >
      {t("import.button")}
    </button>
  );
}

import { useI18n } from "./use-i18n";

/** What the details panel says while nothing is selected. */
export function DetailsHint() {
  const { t } = useI18n();
  return <p className="hint">{t("details.hint")}</p>;
}

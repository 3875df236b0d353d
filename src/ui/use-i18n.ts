import { i18nFor } from "@/i18n/catalog";
import type { I18n } from "@/i18n/translator";
import { useAppStore } from "./store-context";

/**
 * The translator for the language on show: `t(key, values)` for messages, `fmt` for lib/format's
 * formatters, `name()` for a record's name. Components re-render when the language changes.
 */
export function useI18n(): I18n {
  return i18nFor(useAppStore((s) => s.locale));
}

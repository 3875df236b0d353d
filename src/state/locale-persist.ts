import { isLocale, type Locale, negotiateLocale } from "@/i18n/locales";
import type { AppStore } from "./store";

/** Local-storage key holding the language the reader picked in the switch. */
export const LOCALE_STORAGE_KEY = "nearmiss.lang";

export interface LocaleEnvironment {
  readonly storage?: Storage | undefined;
  /** The browser's languages, most preferred first (`navigator.languages`). */
  readonly languages: readonly string[];
  /** The element whose `lang` follows the interface language (`document.documentElement`). */
  readonly root?: { lang: string } | undefined;
}

function stored(storage: Storage | undefined): Locale | undefined {
  try {
    const value = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts in the reader's remembered language, else the first of the browser's languages the app
 * speaks, else English (a link's `lang=` is applied after this by the URL binding and wins).
 * Keeps `<html lang>` in step and remembers each language picked in the switch. Storage failures
 * are ignored. Returns an unsubscribe.
 */
export function bindLocale(store: AppStore, env: LocaleEnvironment): () => void {
  const first = stored(env.storage) ?? negotiateLocale(env.languages);
  if (first !== store.getState().locale) void store.getState().requestLocale(first);
  const stopLang = store.subscribe(
    (s) => s.locale,
    (locale) => {
      if (env.root) env.root.lang = locale;
    },
    { fireImmediately: true },
  );
  const stopChoice = store.subscribe(
    (s) => s.chosenLocale,
    (locale) => {
      try {
        if (locale) env.storage?.setItem(LOCALE_STORAGE_KEY, locale);
      } catch {}
    },
  );
  return () => {
    stopLang();
    stopChoice();
  };
}

import type { StateCreator } from "zustand";
import { loadCatalog } from "@/i18n/catalog";
import type { Locale } from "@/i18n/locales";
import type { AppState } from "../store";

/** The interface language. `locale` changes only once its catalogue is loaded. */
export interface LocaleSlice {
  locale: Locale;
  /** The language the reader picked in the switch (remembered); undefined until they pick one. */
  chosenLocale: Locale | undefined;
  /** Loads `locale`'s catalogue, then shows it; of overlapping requests the last one wins. */
  requestLocale: (locale: Locale) => Promise<void>;
  /** The reader's own choice from the switch: shown and remembered. */
  chooseLocale: (locale: Locale) => Promise<void>;
}

export const createLocaleSlice: StateCreator<
  AppState,
  [["zustand/subscribeWithSelector", never]],
  [],
  LocaleSlice
> = (set, get) => {
  let latest: Locale | undefined;
  return {
    locale: "en",
    chosenLocale: undefined,
    requestLocale: async (locale) => {
      latest = locale;
      try {
        await loadCatalog(locale);
      } catch {
        // Offline without that file cached: stay in the language on show.
        return;
      }
      if (latest === locale && get().locale !== locale) set({ locale });
    },
    chooseLocale: (locale) => {
      set({ chosenLocale: locale });
      return get().requestLocale(locale);
    },
  };
};

import type { DefaultedField, Provenance } from "@/domain/types";
import type { I18n } from "@/i18n/translator";
import type { ImportedLayer } from "@/state/slices/layers-slice";
import { useAppStore } from "../store-context";

/** The imported layer a record came from (undefined for built-in records). */
export function useRecordLayer(item: Provenance): ImportedLayer | undefined {
  const layers = useAppStore((s) => s.layers);
  return item.layerId ? layers.find((l) => l.id === item.layerId) : undefined;
}

/** Whether the importer filled `field` in because the input did not state it. */
export const isDefaulted = (item: Provenance, field: DefaultedField): boolean =>
  item.defaulted?.includes(field) ?? false;

/** "Kyiv" for Europe/Kyiv, the IANA name otherwise. */
export const zoneLabel = (zone: string | undefined, { t }: Pick<I18n, "t">): string =>
  zone === undefined ? t("zone.importChosen") : zone === "Europe/Kyiv" ? t("zone.kyiv") : zone;

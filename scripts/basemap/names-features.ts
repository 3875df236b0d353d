/** Hand-curated names for areas, rivers, lakes and map labels (English + Ukrainian). */
import type { PlaceName } from "./names-places";

/**
 * Natural Earth admin-1 `adm1_code` → unit name. Keyed on adm1_code because NE's code_hasc is
 * duplicated for two units. `label: false` marks the two cities with special status, which the
 * populated-places layer already labels.
 */
export const OBLAST_NAMES: Readonly<Record<string, PlaceName & { readonly label?: false }>> = {
  "UKR-283": { en: "Autonomous Republic of Crimea", uk: "Автономна Республіка Крим" },
  "UKR-284": { en: "Mykolaiv Oblast", uk: "Миколаївська область" },
  "UKR-285": { en: "Chernihiv Oblast", uk: "Чернігівська область" },
  "UKR-286": { en: "Rivne Oblast", uk: "Рівненська область" },
  "UKR-288": { en: "Chernivtsi Oblast", uk: "Чернівецька область" },
  "UKR-289": { en: "Ivano-Frankivsk Oblast", uk: "Івано-Франківська область" },
  "UKR-290": { en: "Khmelnytskyi Oblast", uk: "Хмельницька область" },
  "UKR-291": { en: "Lviv Oblast", uk: "Львівська область" },
  "UKR-292": { en: "Ternopil Oblast", uk: "Тернопільська область" },
  "UKR-293": { en: "Zakarpattia Oblast", uk: "Закарпатська область" },
  "UKR-318": { en: "Volyn Oblast", uk: "Волинська область" },
  "UKR-319": { en: "Cherkasy Oblast", uk: "Черкаська область" },
  "UKR-320": { en: "Kirovohrad Oblast", uk: "Кіровоградська область" },
  "UKR-321": { en: "Kyiv Oblast", uk: "Київська область" },
  "UKR-322": { en: "Odesa Oblast", uk: "Одеська область" },
  "UKR-323": { en: "Vinnytsia Oblast", uk: "Вінницька область" },
  "UKR-324": { en: "Zhytomyr Oblast", uk: "Житомирська область" },
  "UKR-325": { en: "Sumy Oblast", uk: "Сумська область" },
  "UKR-326": { en: "Dnipropetrovsk Oblast", uk: "Дніпропетровська область" },
  "UKR-327": { en: "Donetsk Oblast", uk: "Донецька область" },
  "UKR-328": { en: "Kharkiv Oblast", uk: "Харківська область" },
  "UKR-329": { en: "Luhansk Oblast", uk: "Луганська область" },
  "UKR-330": { en: "Poltava Oblast", uk: "Полтавська область" },
  "UKR-331": { en: "Zaporizhzhia Oblast", uk: "Запорізька область" },
  "UKR-4826": { en: "Kyiv", uk: "Київ", label: false },
  "UKR-4827": { en: "Kherson Oblast", uk: "Херсонська область" },
  "UKR-5482": { en: "Sevastopol", uk: "Севастополь", label: false },
};

/** The admin-1 unit of the capital; its NE boundary yields to the OSM districts at city zooms. */
export const KYIV_CITY_ADM1 = "UKR-4826";

/** Natural Earth river `name` → modern English (and Ukrainian for rivers that flow through Ukraine). */
export const RIVER_NAMES: Readonly<Record<string, { readonly en: string; readonly uk?: string }>> =
  {
    Dnipro: { en: "Dnipro", uk: "Дніпро" },
    Dniester: { en: "Dniester", uk: "Дністер" },
    Danube: { en: "Danube", uk: "Дунай" },
    "Southern Bug": { en: "Southern Bug", uk: "Південний Буг" },
    Desna: { en: "Desna", uk: "Десна" },
    Pripyat: { en: "Prypiat", uk: "Прип’ять" },
    Prypyat: { en: "Prypiat", uk: "Прип’ять" },
    Donets: { en: "Siverskyi Donets", uk: "Сіверський Донець" },
    "Seversky Donets": { en: "Siverskyi Donets", uk: "Сіверський Донець" },
    Seym: { en: "Seim", uk: "Сейм" },
    Prut: { en: "Prut", uk: "Прут" },
    Tisa: { en: "Tisza", uk: "Тиса" },
    Bug: { en: "Western Bug", uk: "Західний Буг" },
    "Zakhidnyy Buh": { en: "Western Bug", uk: "Західний Буг" },
    Ros: { en: "Ros", uk: "Рось" },
    Teteriv: { en: "Teteriv", uk: "Тетерів" },
    Oskol: { en: "Oskil", uk: "Оскіл" },
    Haryn: { en: "Horyn", uk: "Горинь" },
    Styr: { en: "Styr", uk: "Стир" },
    Sluch: { en: "Sluch", uk: "Случ" },
    Synyukha: { en: "Syniukha", uk: "Синюха" },
    Latorytsya: { en: "Latorytsia", uk: "Латориця" },
    Uzh: { en: "Uzh", uk: "Уж" },
    Snov: { en: "Snov", uk: "Снов" },
    Ubort: { en: "Ubort", uk: "Убороть" },
    San: { en: "San", uk: "Сян" },
    Don: { en: "Don", uk: "Дон" },
    Vistula: { en: "Vistula", uk: "Вісла" },
    Byarezina: { en: "Berezina", uk: "Березина" },
    Sozh: { en: "Sozh", uk: "Сож" },
  };

/** Natural Earth lake `name` → names; `drained` marks a reservoir that no longer holds water. */
export const LAKE_NAMES: Readonly<
  Record<string, { readonly en: string; readonly uk?: string; readonly drained?: true }>
> = {
  "Kiev Reservoir": { en: "Kyiv Reservoir", uk: "Київське водосховище" },
  "Kremenchuk Reservoir": { en: "Kremenchuk Reservoir", uk: "Кременчуцьке водосховище" },
  // The Kakhovka dam was destroyed on 6 June 2023 and the reservoir drained.
  "Kakhovka Reservoir": {
    en: "Kakhovka Reservoir (drained 2023)",
    uk: "Каховське водосховище",
    drained: true,
  },
  Syvash: { en: "Syvash", uk: "Сиваш" },
  "Tiligul Liman": { en: "Tylihul Estuary", uk: "Тилігульський лиман" },
  "Molochnyy Liman": { en: "Molochnyi Estuary", uk: "Молочний лиман" },
  "Yalpug and Kugurlui": { en: "Lake Yalpuh", uk: "Ялпуг" },
};

/**
 * Unnamed NE lakes identified by a point inside them: the Dnipro reservoir below Kremenchuk and
 * the Dniester Estuary, both unambiguous at this scale.
 */
export const LAKES_BY_POINT: readonly {
  readonly lngLat: readonly [number, number];
  readonly en: string;
  readonly uk: string;
}[] = [
  { lngLat: [34.05, 48.8], en: "Kamianske Reservoir", uk: "Кам’янське водосховище" },
  { lngLat: [30.3, 46.25], en: "Dniester Estuary", uk: "Дністровський лиман" },
];

export interface LabelSeed extends PlaceName {
  readonly kind: "country" | "sea";
  readonly lngLat: readonly [number, number];
}

/** Country and sea label positions, placed by hand inside each area near Ukraine. */
export const LABEL_SEEDS: readonly LabelSeed[] = [
  { kind: "country", en: "Ukraine", uk: "Україна", lngLat: [31.2, 49.3] },
  { kind: "country", en: "Poland", uk: "Польща", lngLat: [21.4, 51.7] },
  { kind: "country", en: "Belarus", uk: "Білорусь", lngLat: [27.6, 52.4] },
  { kind: "country", en: "Russia", uk: "Росія", lngLat: [38.4, 52.25] },
  { kind: "country", en: "Russia", uk: "Росія", lngLat: [42.2, 48.6] },
  { kind: "country", en: "Moldova", uk: "Молдова", lngLat: [28.45, 47.35] },
  { kind: "country", en: "Romania", uk: "Румунія", lngLat: [24.9, 45.9] },
  { kind: "country", en: "Hungary", uk: "Угорщина", lngLat: [20.2, 47.1] },
  { kind: "country", en: "Slovakia", uk: "Словаччина", lngLat: [19.9, 48.7] },
  { kind: "country", en: "Bulgaria", uk: "Болгарія", lngLat: [25.2, 42.8] },
  { kind: "country", en: "Serbia", uk: "Сербія", lngLat: [20.9, 43.9] },
  { kind: "country", en: "Georgia", uk: "Грузія", lngLat: [43.6, 42.25] },
  { kind: "country", en: "Turkey", uk: "Туреччина", lngLat: [34.3, 41.3] },
  { kind: "sea", en: "Black Sea", uk: "Чорне море", lngLat: [33.6, 43.4] },
  { kind: "sea", en: "Sea of Azov", uk: "Азовське море", lngLat: [36.75, 46.1] },
];

/** Seeds that pick the sea faces out of the coastline polygons (anything else is land). */
export const SEA_SEEDS: readonly (readonly [number, number])[] = [
  [34.0, 43.5], // Black Sea (joined to the Sea of Azov through the Kerch Strait)
  [18.7, 42.0], // Adriatic, south-west corner of the clip box
  [25.07, 40.92], // the Thracian Sea's northern rim (Aegean), at the clip box's southern edge
];

/** OSM `NAME_EN` fixes for the Kyiv districts (official romanisation). */
export const DISTRICT_EN_FIXES: Readonly<Record<string, string>> = { Golosiivskyi: "Holosiivskyi" };

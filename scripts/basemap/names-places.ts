/**
 * Hand-curated place names. English follows Ukraine's official romanisation (2010) as used by
 * the Ukrainian government and most English-language media today; Ukrainian is the standard
 * Cyrillic spelling. The apostrophe in Ukrainian names is U+2019.
 */

export interface PlaceName {
  readonly en: string;
  readonly uk: string;
}

/** Natural Earth 10m (v4) `NAME` → modern English and Ukrainian names, for every Ukrainian place NE lists. */
export const NE_PLACE_NAMES: Readonly<Record<string, PlaceName>> = {
  Kiev: { en: "Kyiv", uk: "Київ" },
  Kharkiv: { en: "Kharkiv", uk: "Харків" },
  Odessa: { en: "Odesa", uk: "Одеса" },
  Dnipro: { en: "Dnipro", uk: "Дніпро" },
  Donetsk: { en: "Donetsk", uk: "Донецьк" },
  Lvov: { en: "Lviv", uk: "Львів" },
  Zaporizhzhya: { en: "Zaporizhzhia", uk: "Запоріжжя" },
  "Kryvyy Rih": { en: "Kryvyi Rih", uk: "Кривий Ріг" },
  Mykolayiv: { en: "Mykolaiv", uk: "Миколаїв" },
  Mariupol: { en: "Mariupol", uk: "Маріуполь" },
  Luhansk: { en: "Luhansk", uk: "Луганськ" },
  Vinnytsya: { en: "Vinnytsia", uk: "Вінниця" },
  Khmelnytskyy: { en: "Khmelnytskyi", uk: "Хмельницький" },
  Horlivka: { en: "Horlivka", uk: "Горлівка" },
  Makiyivka: { en: "Makiivka", uk: "Макіївка" },
  Kherson: { en: "Kherson", uk: "Херсон" },
  Poltava: { en: "Poltava", uk: "Полтава" },
  Chernihiv: { en: "Chernihiv", uk: "Чернігів" },
  Chernivtsi: { en: "Chernivtsi", uk: "Чернівці" },
  Cherkasy: { en: "Cherkasy", uk: "Черкаси" },
  Sumy: { en: "Sumy", uk: "Суми" },
  Zhytomyr: { en: "Zhytomyr", uk: "Житомир" },
  Rivne: { en: "Rivne", uk: "Рівне" },
  Kirovohrad: { en: "Kropyvnytskyi", uk: "Кропивницький" },
  Ternopil: { en: "Ternopil", uk: "Тернопіль" },
  "Ivano-Frankivsk": { en: "Ivano-Frankivsk", uk: "Івано-Франківськ" },
  Lutsk: { en: "Lutsk", uk: "Луцьк" },
  Kremenchuk: { en: "Kremenchuk", uk: "Кременчук" },
  "Bila Tserkva": { en: "Bila Tserkva", uk: "Біла Церква" },
  Kramatorsk: { en: "Kramatorsk", uk: "Краматорськ" },
  Melitopol: { en: "Melitopol", uk: "Мелітополь" },
  Uzhgorod: { en: "Uzhhorod", uk: "Ужгород" },
  Nikopol: { en: "Nikopol", uk: "Нікополь" },
  Drohobych: { en: "Drohobych", uk: "Дрогобич" },
  Lysychansk: { en: "Lysychansk", uk: "Лисичанськ" },
  Berdyansk: { en: "Berdiansk", uk: "Бердянськ" },
  Nizhyn: { en: "Nizhyn", uk: "Ніжин" },
  "Kamyanets-Podilskyy": { en: "Kamianets-Podilskyi", uk: "Кам’янець-Подільський" },
  Konotop: { en: "Konotop", uk: "Конотоп" },
  Shostka: { en: "Shostka", uk: "Шостка" },
  Brovary: { en: "Brovary", uk: "Бровари" },
  Uman: { en: "Uman", uk: "Умань" },
  Izmayil: { en: "Izmail", uk: "Ізмаїл" },
  Kupyansk: { en: "Kupiansk", uk: "Куп’янськ" },
  Korosten: { en: "Korosten", uk: "Коростень" },
  Kovel: { en: "Kovel", uk: "Ковель" },
  Illichivsk: { en: "Chornomorsk", uk: "Чорноморськ" },
  Voznesensk: { en: "Voznesensk", uk: "Вознесенськ" },
  Chernobyl: { en: "Chornobyl", uk: "Чорнобиль" },
};

/** ISO 3166-1 alpha-2 code of the country a place lies in (internationally recognised borders). */
export type CountryCode =
  | "UA"
  | "PL"
  | "BY"
  | "RU"
  | "MD"
  | "RO"
  | "HU"
  | "SK"
  | "BG"
  | "RS"
  | "GE";

/** A place Natural Earth's Ukrainian subset lacks, positioned by hand (city-centre coordinates). */
export interface ExtraPlace extends PlaceName {
  readonly lngLat: readonly [number, number];
  readonly rank: 1 | 2 | 3 | 4 | 5;
  readonly country: CountryCode;
  readonly capital?: true;
}

/**
 * Ukrainian towns NE v4 omits (Crimea's cities are filed under another country there) or that the
 * app's users will look for, plus neighbouring cities for orientation near the border.
 */
export const EXTRA_PLACES: readonly ExtraPlace[] = [
  { en: "Simferopol", uk: "Сімферополь", lngLat: [34.1024, 44.9521], rank: 3, country: "UA" },
  { en: "Sevastopol", uk: "Севастополь", lngLat: [33.5333, 44.6], rank: 3, country: "UA" },
  { en: "Kerch", uk: "Керч", lngLat: [36.4674, 45.3562], rank: 4, country: "UA" },
  { en: "Yevpatoriia", uk: "Євпаторія", lngLat: [33.3583, 45.2], rank: 4, country: "UA" },
  { en: "Yalta", uk: "Ялта", lngLat: [34.1663, 44.4952], rank: 5, country: "UA" },
  { en: "Sievierodonetsk", uk: "Сєвєродонецьк", lngLat: [38.4906, 48.948], rank: 4, country: "UA" },
  { en: "Sloviansk", uk: "Слов’янськ", lngLat: [37.6058, 48.8526], rank: 4, country: "UA" },
  { en: "Bakhmut", uk: "Бахмут", lngLat: [38.0003, 48.5956], rank: 5, country: "UA" },
  { en: "Pokrovsk", uk: "Покровськ", lngLat: [37.1759, 48.282], rank: 5, country: "UA" },
  { en: "Kamianske", uk: "Кам’янське", lngLat: [34.6133, 48.5132], rank: 4, country: "UA" },
  { en: "Pavlohrad", uk: "Павлоград", lngLat: [35.8707, 48.5341], rank: 4, country: "UA" },
  { en: "Enerhodar", uk: "Енергодар", lngLat: [34.6558, 47.4989], rank: 5, country: "UA" },
  { en: "Nova Kakhovka", uk: "Нова Каховка", lngLat: [33.3486, 46.7546], rank: 5, country: "UA" },
  { en: "Izium", uk: "Ізюм", lngLat: [37.2569, 49.2128], rank: 5, country: "UA" },
  { en: "Mukachevo", uk: "Мукачево", lngLat: [22.7136, 48.4414], rank: 5, country: "UA" },
  { en: "Bucha", uk: "Буча", lngLat: [30.2136, 50.5428], rank: 5, country: "UA" },
  { en: "Irpin", uk: "Ірпінь", lngLat: [30.2506, 50.5218], rank: 5, country: "UA" },
  { en: "Vyshhorod", uk: "Вишгород", lngLat: [30.489, 50.584], rank: 5, country: "UA" },
  { en: "Boryspil", uk: "Бориспіль", lngLat: [30.955, 50.3527], rank: 5, country: "UA" },
  {
    en: "Warsaw",
    uk: "Варшава",
    lngLat: [21.0122, 52.2297],
    rank: 2,
    country: "PL",
    capital: true,
  },
  { en: "Minsk", uk: "Мінськ", lngLat: [27.5615, 53.9045], rank: 2, country: "BY", capital: true },
  {
    en: "Chișinău",
    uk: "Кишинів",
    lngLat: [28.8638, 47.0105],
    rank: 2,
    country: "MD",
    capital: true,
  },
  {
    en: "Bucharest",
    uk: "Бухарест",
    lngLat: [26.1025, 44.4268],
    rank: 2,
    country: "RO",
    capital: true,
  },
  {
    en: "Budapest",
    uk: "Будапешт",
    lngLat: [19.0402, 47.4979],
    rank: 2,
    country: "HU",
    capital: true,
  },
  { en: "Sofia", uk: "Софія", lngLat: [23.3219, 42.6977], rank: 2, country: "BG", capital: true },
  {
    en: "Belgrade",
    uk: "Белград",
    lngLat: [20.4489, 44.7866],
    rank: 2,
    country: "RS",
    capital: true,
  },
  {
    en: "Tbilisi",
    uk: "Тбілісі",
    lngLat: [44.8271, 41.7151],
    rank: 2,
    country: "GE",
    capital: true,
  },
  { en: "Belgorod", uk: "Бєлгород", lngLat: [36.5983, 50.5997], rank: 3, country: "RU" },
  { en: "Kursk", uk: "Курськ", lngLat: [36.1926, 51.7304], rank: 3, country: "RU" },
  { en: "Bryansk", uk: "Брянськ", lngLat: [34.3717, 53.2521], rank: 3, country: "RU" },
  { en: "Voronezh", uk: "Воронеж", lngLat: [39.1843, 51.672], rank: 3, country: "RU" },
  { en: "Rostov-on-Don", uk: "Ростов-на-Дону", lngLat: [39.7015, 47.2357], rank: 3, country: "RU" },
  { en: "Taganrog", uk: "Таганрог", lngLat: [38.8969, 47.2362], rank: 4, country: "RU" },
  { en: "Krasnodar", uk: "Краснодар", lngLat: [38.9753, 45.0355], rank: 3, country: "RU" },
  { en: "Novorossiysk", uk: "Новоросійськ", lngLat: [37.7688, 44.7239], rank: 4, country: "RU" },
  { en: "Homel", uk: "Гомель", lngLat: [30.9878, 52.4412], rank: 3, country: "BY" },
  { en: "Brest", uk: "Брест", lngLat: [23.7341, 52.0976], rank: 3, country: "BY" },
  { en: "Lublin", uk: "Люблін", lngLat: [22.5684, 51.2465], rank: 3, country: "PL" },
  { en: "Rzeszów", uk: "Ряшів", lngLat: [21.9991, 50.0412], rank: 3, country: "PL" },
  { en: "Przemyśl", uk: "Перемишль", lngLat: [22.7678, 49.7838], rank: 4, country: "PL" },
  { en: "Košice", uk: "Кошице", lngLat: [21.2611, 48.7164], rank: 3, country: "SK" },
  { en: "Iași", uk: "Ясси", lngLat: [27.6014, 47.1585], rank: 3, country: "RO" },
];

/**
 * Files the importer cannot read, recognised by their first bytes (documents, images, other
 * binary data) or, for ZIP archives, by the names inside (office documents): each is refused
 * with a message that says what the file is and what to do, instead of being read as text and
 * offered as a table of garbage. Pure.
 */

const READS = "Nearmiss imports CSV or TSV, GeoJSON, KML or KMZ and GPX files";
const SAVE_AS_CSV =
  " In the spreadsheet program, save the sheet as CSV (File → Save as → CSV) and import that file.";
const NOTHING = " Nothing from this file was imported; everything else is unchanged.";

/** The message for a file that is `what` (e.g. "a PDF document"), with an optional hint. */
function refusal(what: string, hint = ""): string {
  return `This file is ${what}, not a data file. ${READS}.${hint}${NOTHING}`;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Magic numbers of kinds people drop by mistake, in the order checked. */
const MAGIC: readonly { magic: readonly number[]; at?: number; what: string; hint?: string }[] = [
  { magic: ascii("%PDF-"), what: "a PDF document" },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: "an older Microsoft Office file (.xls or .doc)",
    hint: SAVE_AS_CSV,
  },
  { magic: [0xff, 0xd8, 0xff], what: "an image (JPEG)" },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: "an image (PNG)" },
  { magic: ascii("GIF8"), what: "an image (GIF)" },
  { magic: ascii("WEBP"), at: 8, what: "an image (WebP)" },
  { magic: ascii("ftyp"), at: 4, what: "an image or video (HEIC, MP4 or similar)" },
  { magic: [0x1f, 0x8b], what: "a gzip archive", hint: " Unpack it first." },
  { magic: ascii("Rar!"), what: "a RAR archive", hint: " Unpack it first." },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: "a 7-Zip archive", hint: " Unpack it first." },
];

/** UTF-16 text starts with its byte order mark; it is text, whatever NULs it holds. */
export function isUtf16(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * Why `bytes` cannot be imported, or undefined when they may be text (or a ZIP archive, which
 * `archiveRefusal` judges by its contents). A NUL byte in the first 8 KB of a file without a
 * UTF-16 byte order mark marks binary data: no text format the importer reads contains one.
 */
export function unreadableFile(bytes: Uint8Array): string | undefined {
  for (const { magic, at, what, hint } of MAGIC)
    if (startsWith(bytes, magic, at)) return refusal(what, hint);
  if (isUtf16(bytes)) return undefined;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) && !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return refusal("binary data (not text)");
  return undefined;
}

/**
 * Why a ZIP archive with no .kml inside cannot be imported, from the names of its entries:
 * office documents (Excel, Word, PowerPoint, OpenDocument) say so, a zipped shapefile says so,
 * anything else is an archive without KML.
 */
export function archiveRefusal(names: readonly string[]): string {
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/^xl\//)) return refusal("an Excel workbook (.xlsx)", SAVE_AS_CSV);
  if (has(/^word\//)) return refusal("a Word file (.docx)");
  if (has(/^ppt\//)) return refusal("a PowerPoint presentation (.pptx)");
  if (names.includes("mimetype") && has(/^content\.xml$/))
    return refusal("an OpenDocument file (.ods or .odt)", SAVE_AS_CSV);
  if (has(/\.shp$/i))
    return refusal(
      "a zipped shapefile",
      " Convert it to GeoJSON first (for example with QGIS: Export → Save Features As → GeoJSON).",
    );
  return `This ZIP archive holds no .kml file, so it is not a KMZ. ${READS}.${NOTHING}`;
}

/**
 * Files people drop by mistake (documents, spreadsheets, images, archives) are refused with a
 * message naming what they are; UTF-16 text (Excel's "Unicode text") is read, not refused.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importBytes } from "@/import/import-file";
import { STRIKE_IMPORT } from "../helpers/import-settings";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...strToU8(p)] : p)));
const zip = (names: readonly string[]) =>
  zipSync(Object.fromEntries(names.map((n) => [n, strToU8("<x/>")])));

async function refusal(name: string, data: Uint8Array) {
  const outcome = await importBytes(name, data, STRIKE_IMPORT);
  expect(outcome.strikes).toHaveLength(0);
  expect(outcome.problems).toHaveLength(1);
  const [problem] = outcome.problems;
  expect(problem?.severity).toBe("error");
  expect(problem?.reason).toContain("Nothing from this file was imported");
  return problem?.reason ?? "";
}

describe("files the importer cannot read", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["report.pdf", bytes("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj"), /a PDF document/],
    ["photo.jpg", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), /an image \(JPEG\)/],
    ["map.png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /an image \(PNG\)/],
    [
      "old.xls",
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /older Microsoft Office file.*save the sheet as CSV/,
    ],
    ["events.csv.gz", bytes([0x1f, 0x8b, 8, 0]), /gzip archive.*Unpack it first/],
    ["data.csv", bytes("id,lat,lon\n1,50.4", [0, 0, 0], ",30.5\n"), /binary data \(not text\)/],
    [
      "strikes.xlsx",
      zip(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
      /an Excel workbook \(\.xlsx\).*save the sheet as CSV/,
    ],
    ["notes.docx", zip(["[Content_Types].xml", "word/document.xml"]), /a Word file/],
    ["sheet.ods", zip(["mimetype", "content.xml"]), /an OpenDocument file/],
    ["sites.zip", zip(["sites.shp", "sites.dbf", "sites.prj"]), /zipped shapefile.*GeoJSON/],
    ["photos.zip", zip(["a.txt"]), /holds no \.kml file, so it is not a KMZ/],
  ];
  for (const [name, data, says] of cases) {
    it(`refuses ${name}, saying what it is`, async () => {
      const reason = await refusal(name, data);
      expect(reason).toMatch(says);
      expect(reason).toContain("CSV or TSV, GeoJSON, KML or KMZ and GPX");
    });
  }

  it("still reads a KMZ, whatever else its archive holds", async () => {
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>A</name><TimeStamp><when>2025-11-14T01:00:00+02:00</when></TimeStamp><Point><coordinates>30.49,50.46</coordinates></Point></Placemark></kml>';
    const kmz = zipSync({ "files/icon.png": strToU8("png"), "doc.kml": strToU8(kml) });
    const outcome = await importBytes("a.kmz", kmz, STRIKE_IMPORT);
    expect(outcome.strikes).toHaveLength(1);
  });
});

describe("UTF-16 text", () => {
  it("reads a UTF-16 CSV with its byte order mark (little and big endian) like its UTF-8 form", async () => {
    const csv = "id\tdate\tlat\tlon\tname\nA1\t2025-11-14T01:00:00+02:00\t50.4612\t30.4906\tКиїв\n";
    const utf8 = await importBytes("a.tsv", strToU8(csv), STRIKE_IMPORT);
    expect(utf8.strikes).toHaveLength(1);
    const le = new Uint8Array(2 + csv.length * 2);
    const be = new Uint8Array(2 + csv.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < csv.length; i++) {
      const c = csv.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + i * 2);
      be.set([c >> 8, c & 0xff], 2 + i * 2);
    }
    for (const data of [le, be]) {
      const outcome = await importBytes("a.txt", data, STRIKE_IMPORT);
      expect(outcome.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(outcome.strikes.map((s) => [s.id, s.name.en, s.lngLat])).toEqual(
        utf8.strikes.map((s) => [s.id, s.name.en, s.lngLat]),
      );
    }
  });
});

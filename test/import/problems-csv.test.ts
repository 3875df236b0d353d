import { describe, expect, it } from "vitest";
import { problemsCsv } from "@/import/problems-csv";
import type { ImportOutcome } from "@/import/types";

const outcome: ImportOutcome = {
  fileName: "events.csv",
  format: "csv",
  totalRows: 3,
  strikes: [],
  missions: [],
  problems: [
    { severity: "error", row: 5, reason: "Day 30 does not exist in month 2 of 2025." },
    {
      severity: "note",
      featureIndex: 2,
      path: "features[2]",
      reason: '=HYPERLINK("http://x"), a "quoted" note',
    },
  ],
};

describe("problemsCsv", () => {
  it("lists every problem with its place, formula-safe and quoted", () => {
    expect(problemsCsv(outcome)).toBe(
      [
        "file,severity,row,feature_index,path,reason",
        "events.csv,error,5,,,Day 30 does not exist in month 2 of 2025.",
        `events.csv,note,,2,features[2],"'=HYPERLINK(""http://x""), a ""quoted"" note"`,
        "",
      ].join("\r\n"),
    );
  });

  it("is just the header when nothing went wrong", () => {
    expect(problemsCsv({ ...outcome, problems: [] })).toBe(
      "file,severity,row,feature_index,path,reason\r\n",
    );
  });
});

import { useId, useRef } from "react";
import type { ImportOutcome } from "@/import/types";
import { useI18n } from "../use-i18n";
import { problemWhere, readWithText, summaryText } from "./import-run";

/** Problems listed on screen per file; the downloadable list has them all. */
const SHOWN_PROBLEMS = 200;

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One file's result: the counts, "see why", each problem with where and why, and the error list. */
export function ImportSummary({
  outcome,
  skipped,
  problemsCsv,
}: {
  outcome: ImportOutcome;
  /** The user skipped the mapping: nothing was imported on purpose. */
  skipped?: boolean;
  problemsCsv: (o: ImportOutcome) => string;
}) {
  const id = useId();
  const listRef = useRef<HTMLTableElement>(null);
  const problems = outcome.problems;
  const withPath = problems.some((p) => p.path);
  const i18n = useI18n();
  const { t } = i18n;
  const readWith = skipped ? undefined : readWithText(outcome, i18n);
  return (
    <section className="import-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{outcome.fileName}</h3>
      <p>
        {skipped ? t("import.skippedMapping") : summaryText(outcome, i18n)}
        {problems.length > 0 ? (
          <>
            {" — "}
            <button type="button" className="link-button" onClick={() => listRef.current?.focus()}>
              {t("import.seeWhy")}
            </button>
          </>
        ) : null}
      </p>
      {readWith ? <p className="import-read-with">{readWith}</p> : null}
      {problems.length > 0 ? (
        <>
          <div className="problem-scroll">
            <table className="problem-list" ref={listRef} tabIndex={-1}>
              <caption>
                {t("import.problems", { count: problems.length })}
                {problems.length > SHOWN_PROBLEMS
                  ? t("import.firstShown", { count: SHOWN_PROBLEMS })
                  : ""}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("import.colWhere")}</th>
                  {withPath ? <th scope="col">{t("import.colPath")}</th> : null}
                  <th scope="col">{t("import.colKind")}</th>
                  <th scope="col">{t("import.colReason")}</th>
                </tr>
              </thead>
              <tbody>
                {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id; the list is fixed
                  <tr key={i}>
                    <td>{problemWhere(p, i18n)}</td>
                    {withPath ? <td>{p.path ?? ""}</td> : null}
                    <td>
                      {p.severity === "error" ? t("import.kindSkipped") : t("import.kindNote")}
                    </td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            onClick={() =>
              download(
                problemsCsv(outcome),
                `${outcome.fileName.replace(/\.[^.]*$/, "")}-problems.csv`,
              )
            }
          >
            {t("import.downloadErrors")}
          </button>
        </>
      ) : null}
    </section>
  );
}

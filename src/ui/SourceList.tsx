import type { SourceRef } from "@/domain/types";
import { safeHttpUrl } from "@/lib/safe-url";
import { useI18n } from "./use-i18n";

/** Sources as links; only http(s) URLs become links, all text is rendered as text. */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  const { t } = useI18n();
  // Only imported records can lack a source (flagged "source" by the importer).
  if (sources.length === 0) return <p className="no-source">{t("sources.none")}</p>;
  return (
    <ol className="sources">
      {sources.map((source) => {
        const href = safeHttpUrl(source.url);
        const label = `${source.publisher}${source.date ? `, ${source.date}` : ""}: ${source.title}`;
        const archive = source.archiveUrl ? safeHttpUrl(source.archiveUrl) : undefined;
        return (
          <li key={source.url + source.title}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              <span>
                {label} <em>{t("sources.withheld")}</em>
              </span>
            )}
            {archive ? (
              <>
                {" "}
                (
                <a href={archive} target="_blank" rel="noopener noreferrer">
                  {t("sources.archived")}
                </a>
                )
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

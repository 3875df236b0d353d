import type { SourceRef } from "@/domain/types";
import { safeHttpUrl } from "@/lib/safe-url";

/** Sources as links; only http(s) URLs become links, all text is rendered as text. */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
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
                {label} <em>(link withheld: not an http(s) address)</em>
              </span>
            )}
            {archive ? (
              <>
                {" "}
                (
                <a href={archive} target="_blank" rel="noopener noreferrer">
                  archived copy
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

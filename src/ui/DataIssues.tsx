import { useAppStore } from "./store-context";
import { useI18n } from "./use-i18n";

const MAX_SHOWN = 8;

/** Problems found in the data files, named by file and path, shown without hiding the rest of the app. */
export function DataIssues() {
  const issues = useAppStore((s) => s.issues);
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <section className="data-issues" role="alert" aria-labelledby="data-issues-title">
      <h2 id="data-issues-title">{t("dataIssues.title")}</h2>
      <ul>
        {issues.slice(0, MAX_SHOWN).map((issue) => (
          <li key={`${issue.file}|${issue.path}|${issue.message}`}>
            <code>{issue.file}</code>
            {issue.path ? t("dataIssues.at", { path: issue.path }) : ""}: {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > MAX_SHOWN ? (
        <p>{t("dataIssues.more", { count: issues.length - MAX_SHOWN })}</p>
      ) : null}
    </section>
  );
}

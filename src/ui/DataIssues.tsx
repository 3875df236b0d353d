import { useAppStore } from "./store-context";

const MAX_SHOWN = 8;

/** Problems found in the data files, named by file and path, shown without hiding the rest of the app. */
export function DataIssues() {
  const issues = useAppStore((s) => s.issues);
  if (issues.length === 0) return null;
  return (
    <section className="data-issues" role="alert" aria-labelledby="data-issues-title">
      <h2 id="data-issues-title">Some data could not be loaded</h2>
      <ul>
        {issues.slice(0, MAX_SHOWN).map((issue) => (
          <li key={`${issue.file}|${issue.path}|${issue.message}`}>
            <code>{issue.file}</code>
            {issue.path ? ` at ${issue.path}` : ""}: {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > MAX_SHOWN ? <p>…and {issues.length - MAX_SHOWN} more.</p> : null}
    </section>
  );
}

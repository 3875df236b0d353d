import type { I18n } from "@/i18n/translator";
import type { LinkProblem } from "@/state/slices/view-slice";
import { useAppStore, useAppStoreApi } from "./store-context";
import { useI18n } from "./use-i18n";

/** "Part of the link could not be used: from (not a date); strike (no strike “x” in the data)." */
export function linkNoticeText(problems: readonly LinkProblem[], { t }: Pick<I18n, "t">): string {
  if (problems.length === 0) return "";
  const parts = problems.map((p) =>
    t("link.problem", {
      part: p.part,
      reason: p.message ? t(p.message.key, p.message.values) : p.reason,
    }),
  );
  return t("link.problems", { parts: parts.join("; ") });
}

/**
 * Says, politely and until dismissed, which parts of a shared link were left out. The live text is
 * always in the page (empty when all is well) so that screen readers announce it when it fills.
 * Dismissing it moves focus to the page's `<main>` (focusable with tabIndex −1).
 */
export function LinkNotice() {
  const store = useAppStoreApi();
  const problems = useAppStore((s) => s.linkProblems);
  const i18n = useI18n();
  const { t } = i18n;
  const text = linkNoticeText(problems, i18n);
  return (
    <div className={text ? "link-notice" : "link-notice link-notice-empty"}>
      <p aria-live="polite" aria-atomic="true">
        {text}
      </p>
      {text ? (
        <button
          type="button"
          aria-label={t("link.dismissLabel")}
          onClick={() => {
            store.getState().setLinkProblems([]);
            // The button is about to go: hand focus to the main content, where reading goes on.
            document.querySelector<HTMLElement>("main")?.focus();
          }}
        >
          {t("common.dismiss")}
        </button>
      ) : null}
    </div>
  );
}

import type { TimeWindow } from "@/domain/types";
import { i18nFor } from "@/i18n/catalog";
import { toIsoMinute } from "@/lib/iso-time";
import { linkProblem } from "./link-problem";
import type { LinkProblem } from "./slices/view-slice";

/** Slack around the data's domain a link's window may use (a night starts the evening before). */
const SLACK_MS = 86_400_000;

/**
 * A link's window limited to the data's time domain (with a day's slack either side): the overlap when they overlap, the whole
 * domain when they do not. An empty domain (no data) leaves the window as it is. `problem` says
 * what was changed, for the link notice. Pure.
 */
export function clampLinkWindow(
  window: TimeWindow,
  domain: TimeWindow,
  zone = "Europe/Kyiv",
): { readonly window: TimeWindow; readonly problem?: LinkProblem | undefined } {
  if (!(domain.endMs > domain.startMs)) return { window };
  if (window.startMs >= domain.startMs - SLACK_MS && window.endMs <= domain.endMs + SLACK_MS)
    return { window };
  const span = i18nFor("en").t("linkProblem.span", {
    from: toIsoMinute(domain.startMs, zone),
    to: toIsoMinute(domain.endMs, zone),
  });
  const startMs = Math.max(window.startMs, domain.startMs);
  const endMs = Math.min(window.endMs, domain.endMs);
  if (endMs <= startMs)
    return {
      window: domain,
      problem: linkProblem("from/to", "linkProblem.outsideData", { span }),
    };
  return {
    window: { startMs, endMs },
    problem: linkProblem("from/to", "linkProblem.cutToData", { span }),
  };
}

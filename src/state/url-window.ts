import type { TimeWindow } from "@/domain/types";
import { i18nFor } from "@/i18n/catalog";
import { toIsoMinute } from "@/lib/iso-time";
import { linkProblem } from "./link-problem";
import type { LinkProblem } from "./slices/view-slice";
import type { AppState } from "./store";
import { selectTimelineDomain, selectTimeZone } from "./time-selectors";

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

/**
 * The state change that applies a link's window held back until the data was in
 * (`timeWindowFromUrl`): limited to the data's domain, with a problem for the link notice when it
 * had to be changed. While layers saved in this browser are still being read, the window is only
 * limited for now (to what is in) and stays pending, since it may reach into them:
 * `setLayersStatus("ready")` applies it then, unless the window shown meanwhile was changed (by
 * the user), which then stands. Nothing while the built-in data is not ready.
 */
export function pendingLinkWindow(state: AppState): Partial<AppState> {
  const fromUrl = state.timeWindowFromUrl;
  if (!fromUrl || state.dataStatus !== "ready") return {};
  const provisional = state.timeWindowProvisional;
  if (provisional && state.timeWindow !== provisional)
    return { timeWindowFromUrl: undefined, timeWindowProvisional: undefined };
  const clamped = clampLinkWindow(fromUrl, selectTimelineDomain(state), selectTimeZone(state));
  if (state.layersStatus === "loading")
    return { timeWindow: clamped.window, timeWindowProvisional: clamped.window };
  return {
    timeWindow: clamped.window,
    timeWindowFromUrl: undefined,
    timeWindowProvisional: undefined,
    ...(clamped.problem ? { linkProblems: [...state.linkProblems, clamped.problem] } : {}),
  };
}

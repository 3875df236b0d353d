import { i18nFor } from "@/i18n/catalog";
import type { MessageKey, MessageValues } from "@/i18n/translator";
import type { LinkProblem } from "./slices/view-slice";

/**
 * A part of a link that could not be used, with why: `reason` in English (logs, tests) and the
 * message id and values, so the notice words it in the language on show.
 */
export function linkProblem(part: string, key: MessageKey, values?: MessageValues): LinkProblem {
  return { part, reason: i18nFor("en").t(key, values), message: { key, values } };
}

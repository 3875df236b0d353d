import { useMediaQuery } from "./use-media-query";

/**
 * Phones, portrait or landscape: narrow, or short (a phone on its side is ~844×390). The phone
 * blocks in styles.css use the same query.
 */
export const PHONE_QUERY = "(max-width: 720px), (max-height: 500px)";

/** Whether the phone layout is on (follows rotation and window resizes). */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY);
}

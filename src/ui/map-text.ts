/**
 * User-visible text of the map's declutter aids (stack list, status chip), kept in one place so it
 * moves into the message catalogue in one step.
 */
export const MAP_TEXT = {
  stackHeading: (n: number) => `${n} strikes recorded at this point`,
  stackHint: "Choose one to see its details.",
  stackClose: "Close the list of strikes at this point",
  stackRegion: "Strikes at one point",
} as const;

/**
 * Free-text weapon descriptions ("Shahed-136", "Kh-101", "Iskander-M", "ракета") to the app's
 * WeaponClass. No normaliser existed in src/domain (built-in data states its class); this is it.
 */
import type { WeaponClass } from "@/domain/types";

const RULES: readonly (readonly [WeaponClass, RegExp])[] = [
  [
    "aeroballistic",
    /kinzhal|кинжал|кинджал|kh-?47|х-?47|aeroballistic|аеробаліст|kh-?22|kh-?32|х-?22/i,
  ],
  [
    "ballistic",
    /ballistic|балiст|баліст|баллист|iskander|іскандер|искандер|kn-?2[34]|tochka|точка|s-?300|s-?400|с-?300|с-?400|9m72|9м72|hwasong/i,
  ],
  [
    "cruise",
    /cruise|крилат|крылат|kh-?101|kh-?555|kh-?59|kh-?69|х-?101|х-?555|kalibr|калібр|калибр|3m14|3м14/i,
  ],
  [
    "drone",
    /drone|uav|дрон|бпла|бпла|shahed|шахед|geran|герань|гербера|gerbera|lancet|ланцет|loitering/i,
  ],
];

/** The WeaponClass a weapon text names, "unknown" when it names none (or several conflicting). Pure. */
export function normaliseWeapon(text: string): WeaponClass {
  let hit = memo.get(text);
  if (hit === undefined) {
    hit = classify(text.trim());
    if (memo.size > 10_000) memo.clear();
    memo.set(text, hit);
  }
  return hit;
}

// Weapon texts repeat across thousands of rows; classify each distinct text once.
const memo = new Map<string, WeaponClass>();

function classify(t: string): WeaponClass {
  if (!t) return "unknown";
  const hits = RULES.filter(([, re]) => re.test(t)).map(([cls]) => cls);
  if (hits.length === 1) return hits[0] as WeaponClass;
  // "Kinzhal aeroballistic missile" matches aeroballistic and (via "ballistic") ballistic.
  if (hits.length === 2 && hits.includes("aeroballistic") && hits.includes("ballistic")) {
    return "aeroballistic";
  }
  return "unknown";
}

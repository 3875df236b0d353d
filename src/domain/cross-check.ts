/**
 * The rules that span the three geo files. No zod: the loader runs them on every load, on the
 * bundled files (mapped by ./checked-geo) as on a link's own files (validated by ./parse-geo).
 */
import type { DiplomaticEvent, Mission, ParseIssue, Strike } from "./types";

/**
 * Rules across files: ids unique over all three files, every strike's mission_ids and every
 * event's strike_ids resolve. Pure: returns new issues, mutates nothing.
 */
export function crossCheck(
  missions: readonly Mission[],
  strikes: readonly Strike[],
  events: readonly DiplomaticEvent[],
  files: { missions: string; strikes: string; events: string },
): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const owner = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const first = owner.get(id);
    if (first === undefined) owner.set(id, file);
    else issues.push({ file, path: `id ${id}`, message: `id "${id}" is also used in ${first}` });
  };
  for (const m of missions) claim(m.id, files.missions);
  for (const s of strikes) claim(s.id, files.strikes);
  for (const e of events) claim(e.id, files.events);
  const missionIds = new Set(missions.map((m) => m.id));
  const strikeIds = new Set(strikes.map((s) => s.id));
  for (const s of strikes) {
    for (const id of s.missionIds) {
      if (!missionIds.has(id)) {
        issues.push({
          file: files.strikes,
          path: `id ${s.id}/mission_ids`,
          message: `unknown mission "${id}"`,
        });
      }
    }
  }
  for (const e of events) {
    for (const id of e.strikeIds) {
      if (!strikeIds.has(id)) {
        issues.push({
          file: files.events,
          path: `id ${e.id}/strike_ids`,
          message: `unknown strike "${id}"`,
        });
      }
    }
  }
  return issues;
}

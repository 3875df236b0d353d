/**
 * Message ids of the data's closed vocabularies (weapon classes, site kinds, confidence,
 * precision), so every layer words them from the catalogue in the language on show.
 */
import type {
  Confidence,
  DiplomaticEventKind,
  LocationPrecision,
  MissionKind,
  TimePrecision,
  WeaponClass,
} from "@/domain/types";
import type { MessageKey } from "./translator";

export const WEAPON_LABEL: Record<WeaponClass, MessageKey> = {
  ballistic: "weapon.ballistic",
  aeroballistic: "weapon.aeroballistic",
  cruise: "weapon.cruise",
  drone: "weapon.drone",
  unknown: "weapon.unknown",
};

export const MISSION_KIND_LABEL: Record<MissionKind, MessageKey> = {
  embassy: "missionKind.embassy",
  "consular-section": "missionKind.consularSection",
  "honorary-consulate": "missionKind.honoraryConsulate",
  "socar-facility": "missionKind.socarFacility",
  "linked-infrastructure": "missionKind.linkedInfrastructure",
  landmark: "missionKind.landmark",
  "imported-site": "missionKind.importedSite",
};

export const CONFIDENCE_LABEL: Record<Confidence, MessageKey> = {
  high: "confidence.high",
  medium: "confidence.medium",
  low: "confidence.low",
};

/** Short names for filters ("street"). */
export const PRECISION_LABEL: Record<LocationPrecision, MessageKey> = {
  exact: "precision.exact",
  street: "precision.street",
  district: "precision.district",
  city: "precision.city",
};

/** Longer wording for the details ("street / address"). */
export const PRECISION_TEXT: Record<LocationPrecision, MessageKey> = {
  exact: "precisionText.exact",
  street: "precisionText.street",
  district: "precisionText.district",
  city: "precisionText.city",
};

export const TIME_PRECISION_TEXT: Record<TimePrecision, MessageKey> = {
  minute: "timePrecision.minute",
  hour: "timePrecision.hour",
  day: "timePrecision.day",
  night: "timePrecision.night",
  window: "timePrecision.window",
};

export const EVENT_KIND_LABEL: Record<DiplomaticEventKind, MessageKey> = {
  "coordinates-handover": "eventKind.coordinatesHandover",
  "protest-note": "eventKind.protestNote",
  summons: "eventKind.summons",
  statement: "eventKind.statement",
  reply: "eventKind.reply",
};

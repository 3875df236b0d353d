/**
 * zod schemas for the three curated data files in geo/ (snake_case on disk): missions,
 * strikes and diplomatic events. Shared pieces and rules live in ./schema-rules.ts.
 */
import { z } from "zod";
import {
  checkProvenance,
  checkTimeWindow,
  confidenceSchema,
  disputeSchema,
  isoDateSchema,
  isoInstant,
  kebabId,
  missionKindSchema,
  nameSchema,
  pointSchema,
  provenanceShape,
  sourceSchema,
  text,
  timePrecisionSchema,
  timeWindowSchema,
  weaponClassSchema,
} from "./schema-rules";

export * from "./schema-rules";

export const missionPropertiesSchema = z
  .strictObject({
    id: kebabId,
    name: nameSchema,
    kind: missionKindSchema,
    address: text.optional(),
    description: text,
    flag: text.optional(),
    ...provenanceShape,
  })
  .superRefine(checkProvenance);

export const casualtiesSchema = z
  .strictObject({
    killed: z.number().int().nonnegative().optional(),
    injured: z.number().int().nonnegative().optional(),
    note: text.optional(),
  })
  .refine((c) => c.killed !== undefined || c.injured !== undefined || c.note !== undefined, {
    message: "casualties needs a count or a note (write a note when nothing is known)",
  });

export const reportedDistanceSchema = z
  .strictObject({
    mission_id: kebabId,
    min_m: z.number().nonnegative().optional(),
    max_m: z.number().positive().optional(),
    wording: text,
  })
  .refine((d) => d.min_m === undefined || d.max_m === undefined || d.min_m <= d.max_m, {
    message: "min_m must not exceed max_m",
    path: ["max_m"],
  });

export const strikePropertiesSchema = z
  .strictObject({
    id: kebabId,
    name: nameSchema,
    time: isoInstant,
    time_precision: timePrecisionSchema,
    time_window: timeWindowSchema.optional(),
    /** How the time was arrived at, when it is not a reported impact time. */
    time_note: text.optional(),
    weapon_class: weaponClassSchema,
    weapon_text: text,
    description: text,
    damage: text,
    casualties: casualtiesSchema,
    mission_ids: z.array(kebabId),
    reported_distance: z.array(reportedDistanceSchema).optional(),
    ...provenanceShape,
  })
  .superRefine((p, ctx) => {
    checkProvenance(p, ctx);
    checkTimeWindow(p, ctx);
    p.reported_distance?.forEach((d, i) => {
      if (!p.mission_ids.includes(d.mission_id)) {
        ctx.addIssue({
          code: "custom",
          path: ["reported_distance", i, "mission_id"],
          message: `reported_distance names "${d.mission_id}", which is not in mission_ids`,
        });
      }
    });
  });

/** A Feature whose `id` must equal `properties.id`. */
function featureSchema<P extends z.ZodType<{ id: string }>>(properties: P) {
  return z
    .strictObject({ type: z.literal("Feature"), id: kebabId, geometry: pointSchema, properties })
    .superRefine((f, ctx) => {
      const props: { id: string } = (f as { properties: { id: string } }).properties;
      if (f.id !== props.id) {
        ctx.addIssue({
          code: "custom",
          path: ["id"],
          message: "Feature id must equal properties.id",
        });
      }
    });
}

export const missionFeatureSchema = featureSchema(missionPropertiesSchema);
export const strikeFeatureSchema = featureSchema(strikePropertiesSchema);

export const changelogEntrySchema = z.strictObject({ version: isoDateSchema, summary: text });

export const datasetMetadataSchema = z.looseObject({
  version: isoDateSchema,
  title: text,
  licence: text,
  changelog: z.array(changelogEntrySchema).optional(),
});

/** The collection envelope; features are validated one by one so one bad feature is skipped. */
export const featureCollectionSchema = z.looseObject({
  type: z.literal("FeatureCollection"),
  features: z.array(z.unknown()),
  metadata: datasetMetadataSchema,
});

export const diplomaticEventSchema = z
  .strictObject({
    id: kebabId,
    title: text,
    kind: z.enum(["coordinates-handover", "protest-note", "summons", "statement", "reply"]),
    time: isoInstant,
    time_precision: z.enum(["minute", "hour", "day", "night", "window", "month", "year"]),
    time_window: timeWindowSchema.optional(),
    description: text,
    confidence: confidenceSchema,
    sources: z.array(sourceSchema).min(1, "at least one source"),
    disputed: z.array(disputeSchema),
    strike_ids: z.array(kebabId),
  })
  .superRefine(checkTimeWindow);

export const diplomaticEventsFileSchema = z.looseObject({
  version: isoDateSchema,
  title: text.optional(),
  licence: text.optional(),
  events: z.array(z.unknown()),
});

/** @public The shipped schema's mission properties (for importers and tools). */
export type MissionProperties = z.infer<typeof missionPropertiesSchema>;
/** @public The shipped schema's strike properties (for importers and tools). */
export type StrikeProperties = z.infer<typeof strikePropertiesSchema>;
export type MissionFeature = z.infer<typeof missionFeatureSchema>;
export type StrikeFeature = z.infer<typeof strikeFeatureSchema>;
export type DiplomaticEventRecord = z.infer<typeof diplomaticEventSchema>;

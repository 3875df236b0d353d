/** Helpers shared by the geo parsers: validation failures become ParseIssues, never throws. */
import type { z } from "zod";
import { featureCollectionSchema } from "./schema";
import type { ParseIssue } from "./types";

/** Joins path segments into the "features/3/properties/time" form; "" for the root. */
export function joinPath(...parts: readonly (string | number | symbol)[]): string {
  return parts.map(String).join("/");
}

/**
 * Maps every zod issue to a ParseIssue under `prefix` (e.g. "features/3").
 * Pure: returns a new array.
 */
export function zodToIssues(
  error: z.ZodError,
  file: string,
  prefix: readonly (string | number)[],
): ParseIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: joinPath(...prefix, ...issue.path),
    message: issue.message,
  }));
}

/** A one-line label for a value's JSON type, for messages such as "expected an object, got array". */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export type Keyed<T> = { value: T; index: number };

/**
 * Validates each record of `list` with `schema`, skipping invalid ones and duplicate ids
 * (the first occurrence wins). Issues name `file` and the record's path under `listKey`.
 */
export function validateEach<T extends { id: string }>(
  list: readonly unknown[],
  schema: z.ZodType<T>,
  file: string,
  listKey: string,
  issues: ParseIssue[],
): Keyed<T>[] {
  const seen = new Set<string>();
  const out: Keyed<T>[] = [];
  list.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      issues.push(...zodToIssues(result.error, file, [listKey, index]));
      return;
    }
    if (seen.has(result.data.id)) {
      issues.push({
        file,
        path: `${listKey}/${index}/id`,
        message: `duplicate id "${result.data.id}"`,
      });
      return;
    }
    seen.add(result.data.id);
    out.push({ value: result.data, index });
  });
  return out;
}

/** Reads the envelope of a FeatureCollection; undefined (with issues) when unusable. */
export function featuresOf(
  json: unknown,
  file: string,
  issues: ParseIssue[],
): unknown[] | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    issues.push({ file, path: "", message: `expected a JSON object, got ${jsonTypeOf(json)}` });
    return undefined;
  }
  const env = featureCollectionSchema.safeParse(json);
  if (env.success) return env.data.features;
  issues.push(...zodToIssues(env.error, file, []));
  const features = (json as { features?: unknown }).features;
  return Array.isArray(features) ? features : undefined;
}

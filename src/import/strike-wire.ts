/**
 * A compact form of imported strikes for the message from the import worker to the page: numbers
 * in one Float64Array, repeated values (confidence, weapon, layer, the list of defaulted fields…)
 * as codes into a small table, and every other string in one long string cut by lengths. Sending
 * 100k strikes as objects cost the worker ~0.6 s to serialise and the page ~0.6–1.1 s to
 * deserialise (and then to collect); in this form the arrays are transferred, not copied, and the
 * page builds the records with plain object literals (measured in IMPORT-NOTES.md, session 13).
 *
 * Strikes of the shape tableToRecords builds are packed (see packable); any other travels as it
 * is, in `others`, so decoding always gives back records equal to the Strikes sent. Pure.
 */
import type { SourceRef, Strike } from "@/domain/types";
import { NO_CASUALTIES, NONE } from "./share-parts";

/** A run of strikes in compact form; see the module's comment. */
export interface StrikeWire {
  /** How many strikes the run holds (packed and others). */
  readonly count: number;
  /** Per packed strike: tMs, longitude, latitude, uncertaintyM, mapId. */
  readonly numbers: Float64Array;
  /** Per packed strike: codes into `values` of the coded fields, then its number of sources. */
  readonly codes: Uint32Array;
  /** Per source of a packed strike: codes of its publisher and title. */
  readonly sourceCodes: Uint32Array;
  /** The distinct values of the coded fields. */
  readonly values: readonly unknown[];
  /** Per packed strike id, name, time, description, then each source's url: concatenated. */
  readonly text: string;
  /** The length of each string in `text`, in order. */
  readonly lengths: Uint32Array;
  /** Strikes of any other shape, at their index in the run (ascending). */
  readonly others: readonly (readonly [index: number, strike: Strike])[];
}

const NUMBERS = 5;
const CODES = 9;

/**
 * True when `s` holds only what the packed form carries: no optional Strike field set, no
 * dispute, mission or casualty, a name in English only, sources of url, publisher and title.
 * Decoding such a strike gives back an equal one; any other travels in `others`.
 */
function packable(s: Strike): boolean {
  if (
    typeof s.tMs !== "number" ||
    typeof s.uncertaintyM !== "number" ||
    typeof s.mapId !== "number" ||
    typeof s.id !== "string" ||
    typeof s.time !== "string" ||
    typeof s.description !== "string" ||
    typeof s.name?.en !== "string" ||
    s.name.uk !== undefined ||
    s.name.az !== undefined ||
    !Array.isArray(s.lngLat) ||
    s.lngLat.length !== 2 ||
    typeof s.lngLat[0] !== "number" ||
    typeof s.lngLat[1] !== "number" ||
    s.disputed?.length !== 0 ||
    s.missionIds?.length !== 0 ||
    s.casualties?.killed !== undefined ||
    s.casualties.injured !== undefined ||
    s.casualties.note !== undefined ||
    s.locationMethod !== undefined ||
    s.timeWindow !== undefined ||
    s.timeNote !== undefined ||
    s.reportedDistances !== undefined ||
    !Array.isArray(s.sources)
  )
    return false;
  for (const src of s.sources) {
    if (typeof src.url !== "string" || src.date !== undefined || src.archiveUrl !== undefined)
      return false;
  }
  return true;
}

/** Codes values; a slot (a field) that repeats its last value skips the map. */
class Coder {
  readonly values: unknown[] = [];
  private readonly index = new Map<unknown, number>();
  private readonly lastValue: unknown[] = [];
  private readonly lastCode: number[] = [];

  code(slot: number, v: unknown): number {
    const last = this.lastCode[slot];
    if (last !== undefined && this.lastValue[slot] === v) return last;
    let c = this.index.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.index.set(v, c);
    }
    this.lastValue[slot] = v;
    this.lastCode[slot] = c;
    return c;
  }
}

/** Packs a run of strikes; the inverse of decodeStrikes. Pure (the input is not modified). */
export function encodeStrikes(strikes: readonly Strike[]): StrikeWire {
  const others: [number, Strike][] = [];
  const fits = new Uint8Array(strikes.length);
  let packed = 0;
  let sourceCount = 0;
  for (let i = 0; i < strikes.length; i++) {
    const s = strikes[i] as Strike;
    if (packable(s)) {
      fits[i] = 1;
      packed++;
      sourceCount += s.sources.length;
    } else others.push([i, s]);
  }
  const numbers = new Float64Array(packed * NUMBERS);
  const codes = new Uint32Array(packed * CODES);
  const sourceCodes = new Uint32Array(sourceCount * 2);
  const lengths = new Uint32Array(packed * 4 + sourceCount);
  const parts = new Array<string>(lengths.length);
  const coder = new Coder();
  let p = 0;
  let q = 0;
  let k = 0;
  for (let i = 0; i < strikes.length; i++) {
    if (fits[i] === 0) continue;
    const s = strikes[i] as Strike;
    const f = p * NUMBERS;
    numbers[f] = s.tMs;
    numbers[f + 1] = s.lngLat[0];
    numbers[f + 2] = s.lngLat[1];
    numbers[f + 3] = s.uncertaintyM;
    numbers[f + 4] = s.mapId;
    const c = p * CODES;
    codes[c] = coder.code(0, s.confidence);
    codes[c + 1] = coder.code(1, s.locationPrecision);
    codes[c + 2] = coder.code(2, s.timePrecision);
    codes[c + 3] = coder.code(3, s.weaponClass);
    codes[c + 4] = coder.code(4, s.layerId);
    codes[c + 5] = coder.code(5, s.weaponText);
    codes[c + 6] = coder.code(6, s.defaulted);
    codes[c + 7] = coder.code(7, s.damage);
    codes[c + 8] = s.sources.length;
    lengths[k] = s.id.length;
    parts[k++] = s.id;
    lengths[k] = s.name.en.length;
    parts[k++] = s.name.en;
    lengths[k] = s.time.length;
    parts[k++] = s.time;
    lengths[k] = s.description.length;
    parts[k++] = s.description;
    for (const src of s.sources) {
      lengths[k] = src.url.length;
      parts[k++] = src.url;
      sourceCodes[q++] = coder.code(8, src.publisher);
      sourceCodes[q++] = coder.code(9, src.title);
    }
    p++;
  }
  return {
    count: strikes.length,
    numbers,
    codes,
    sourceCodes,
    values: coder.values,
    text: parts.join(""),
    lengths,
    others,
  };
}

/** The arrays of a wire that a postMessage can transfer instead of copying. */
export function wireTransfer(wire: StrikeWire): ArrayBuffer[] {
  return [wire.numbers, wire.codes, wire.sourceCodes, wire.lengths].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Throws unless the wire's parts agree in size and every code names a value. */
function checkWire(wire: StrikeWire): void {
  const packed = wire.count - wire.others.length;
  const { codes, sourceCodes, values, lengths } = wire;
  let sources = 0;
  let ok =
    packed >= 0 && wire.numbers.length === packed * NUMBERS && codes.length === packed * CODES;
  for (let b = 0; ok && b < codes.length; b += CODES) {
    for (let j = 0; j < CODES - 1; j++) ok &&= (codes[b + j] as number) < values.length;
    sources += codes[b + CODES - 1] as number;
  }
  ok &&= sourceCodes.length === sources * 2 && lengths.length === packed * 4 + sources;
  for (let i = 0; ok && i < sourceCodes.length; i++)
    ok = (sourceCodes[i] as number) < values.length;
  let chars = 0;
  for (let i = 0; ok && i < lengths.length; i++) chars += lengths[i] as number;
  ok &&= chars === wire.text.length;
  let last = -1;
  for (const [i] of wire.others) {
    ok &&= i > last && i < wire.count;
    last = i;
  }
  if (!ok) throw new Error("The strikes' packed form is inconsistent.");
}

/**
 * The strikes of a wire, equal to those encodeStrikes packed; empty parts are shared. Throws on a
 * wire whose parts do not agree (never returns made-up records). Pure.
 */
export function decodeStrikes(wire: StrikeWire): Strike[] {
  checkWire(wire);
  const { numbers: n, codes: c, sourceCodes, values: v, text, lengths } = wire;
  const out = new Array<Strike>(wire.count);
  let at = 0;
  let k = 0;
  const next = (): string => {
    const length = lengths[k++] as number;
    at += length;
    return text.slice(at - length, at);
  };
  let other = 0;
  let p = 0;
  let q = 0;
  for (let i = 0; i < wire.count; i++) {
    const o = wire.others[other];
    if (o && o[0] === i) {
      out[i] = o[1];
      other++;
      continue;
    }
    const b = p * CODES;
    const f = p * NUMBERS;
    const id = next();
    const en = next();
    const time = next();
    const description = next();
    const count = c[b + 8] as number;
    let sources: SourceRef[] = NONE as never;
    if (count > 0) {
      sources = new Array<SourceRef>(count);
      for (let j = 0; j < count; j++) {
        const url = next();
        const publisher = v[sourceCodes[q++] as number] as string;
        sources[j] = { url, publisher, title: v[sourceCodes[q++] as number] as string };
      }
    }
    out[i] = {
      confidence: v[c[b] as number] as Strike["confidence"],
      locationPrecision: v[c[b + 1] as number] as Strike["locationPrecision"],
      uncertaintyM: n[f + 3] as number,
      sources,
      disputed: NONE,
      layerId: v[c[b + 4] as number] as string | undefined,
      defaulted: v[c[b + 6] as number] as Strike["defaulted"],
      id,
      mapId: n[f + 4] as number,
      name: { en },
      time,
      tMs: n[f] as number,
      timePrecision: v[c[b + 2] as number] as Strike["timePrecision"],
      weaponClass: v[c[b + 3] as number] as Strike["weaponClass"],
      weaponText: v[c[b + 5] as number] as string,
      lngLat: [n[f + 1] as number, n[f + 2] as number],
      description,
      damage: v[c[b + 7] as number] as string,
      casualties: NO_CASUALTIES,
      missionIds: NONE,
    };
    p++;
  }
  return out;
}

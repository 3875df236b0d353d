/**
 * Bulk form of the distance kernel (./fast-geodesic) for the hot loops: many (target, point)
 * pairs in one loop with no calls, objects or boxed numbers per row. Each row takes one step:
 *
 * 1. a start for the auxiliary longitude ω from the spherical triangle at ω = λ12 (Vincenty's
 *    longitude relation to first order in ε, divided by 1 − dλ/dω as a Newton step would be);
 * 2. one Newton correction δ from Karney's longitude series at that start;
 * 3. the distance series at the start plus ds/dω · δ.
 *
 * The start is within ~5e-9·σ of the root on Ukrainian lines, and the final error grows as
 * ~4 m × |δ|/σ (measured, see test/analysis/bulk-geodesic.test.ts). A row is accepted only when
 * |δ| ≤ 1e-8·σ, σ ≤ 1 rad, cos²α₀ ≥ 0.01 and both latitudes are within ±89°; every other row goes
 * to the iterating kernel (`kernelDistanceM`), which itself hands hard cases to geographiclib.
 * Series are truncated at ε³ (longitude) and ε⁴ (distance): below 1e-8 m for the Earth.
 */
import type { GeodesicTerms, PointColumns } from "./columns";
import { type KernelPoint, kernelDistanceM } from "./fast-geodesic";
import {
  A31,
  A32,
  A33,
  B_M,
  C311,
  C312,
  C313,
  C322,
  C323,
  C333,
  EP2,
  FLATTENING as F,
} from "./geodesic-series";

/** Accept the single step when |δ| ≤ this × σ12 (radians). */
const ACCEPT_REL = 1e-8;
const MAX_SIGMA_RAD = 1;
const MIN_CALP0SQ = 0.01;
/** cos β below this (|latitude| ≳ 89°): the iterating kernel decides (it uses geographiclib). */
const MIN_COS_BETA = 0.0175;
const STRIDE = 4;

/** Packs targets as [sinLng, cosLng, sinβ, cosβ] per target. Pure. */
function packTargets(targets: readonly KernelPoint[]): Float64Array {
  const t = new Float64Array(targets.length * STRIDE);
  targets.forEach((k, j) => {
    t.set([k.sinLng, k.cosLng, k.sinBeta, k.cosBeta], j * STRIDE);
  });
  return t;
}

/**
 * For every row `i` with `index[i] ≥ 0` whose `out[i]` is NaN, writes the geodesic distance in
 * metres from `targets[index[i]]` to point `i` (WGS84, within 1e-7 m of geographiclib; tested).
 * Rows with `index[i] < 0` or a number already in `out` are left alone. Writes only `out`; the
 * other arguments are not mutated. Points must be valid; `terms` are their kernel terms.
 */
export function bulkDistancesInto(
  targets: readonly KernelPoint[],
  index: Int32Array,
  pts: PointColumns,
  terms: GeodesicTerms,
  out: Float64Array,
): void {
  const tt = packTargets(targets);
  const { lng, lat } = pts;
  const { sinLng, cosLng, sinBeta, cosBeta } = terms;
  const n = index.length;
  // Local copies: TurboFan re-loads and re-checks module-level bindings at every use.
  const [a31, a32, a33, c311, c312, c313, c322, c323, c333] = [
    A31,
    A32,
    A33,
    C311,
    C312,
    C313,
    C322,
    C323,
    C333,
  ];
  const [ep2, f, bM] = [EP2, F, B_M];
  const [acceptRel, maxSigma, minCalp0sq, minCosBeta] = [
    ACCEPT_REL,
    MAX_SIGMA_RAD,
    MIN_CALP0SQ,
    MIN_COS_BETA,
  ];
  for (let i = 0; i < n; i++) {
    const j = index[i] as number;
    if (j < 0 || !Number.isNaN(out[i] as number)) continue;
    const o = j * STRIDE;
    const sl1 = tt[o] as number;
    const cl1 = tt[o + 1] as number;
    const sb1 = tt[o + 2] as number;
    const cb1 = tt[o + 3] as number;
    const sl2 = sinLng[i] as number;
    const cl2 = cosLng[i] as number;
    const sb2 = sinBeta[i] as number;
    const cb2 = cosBeta[i] as number;
    const sb1sb2 = sb1 * sb2;
    const cb1cb2 = cb1 * cb2;
    const cb1sb2 = cb1 * sb2;
    const sb1cb2 = sb1 * cb2;
    // 1. Sphere at ω = λ12 (sin, cos of λ12 by the difference formulas), then the start ω = λ12 + d.
    let sw = sl2 * cl1 - cl2 * sl1;
    let cw = cl2 * cl1 + sl2 * sl1;
    let t2 = cb1sb2 - sb1cb2 * cw;
    const s0 = Math.sqrt(cb2 * sw * (cb2 * sw) + t2 * t2);
    const c0 = sb1sb2 + cb1cb2 * cw;
    let sig = Math.atan2(s0, c0);
    const inv0 = 1 / s0;
    let salp0 = cb1cb2 * sw * inv0;
    let calp0sq = (1 - salp0) * (1 + salp0);
    if (!(sig <= maxSigma && calp0sq >= minCalp0sq && cb1 >= minCosBeta && cb2 >= minCosBeta)) {
      out[i] = fallback(targets, j, lng, lat, terms, i);
      continue;
    }
    const e0 = (ep2 / 4) * calp0sq;
    const slope0 =
      f * (salp0 * salp0 + sig * cb1cb2 * t2 * (cb1sb2 * cw - sb1cb2) * inv0 * inv0 * inv0);
    const c2sm = c0 - (2 * sb1sb2) / calp0sq;
    const d = (f * salp0 * (1 - e0 / 2) * (sig + (e0 / 2) * s0 * c2sm)) / (1 - slope0);
    const d2 = d * d;
    const sd = d * (1 - (d2 / 6) * (1 - d2 / 20));
    const cdm1 = -(d2 / 2) * (1 - (d2 / 12) * (1 - d2 / 30));
    const nsw = sw + sw * cdm1 + cw * sd;
    cw = cw + cw * cdm1 - sw * sd;
    sw = nsw;
    // 2. Auxiliary sphere at the start; σ12 moves by the small angle between the two (sin, cos).
    t2 = cb1sb2 - sb1cb2 * cw;
    const t1 = cb2 * sw;
    const ssig = Math.sqrt(t1 * t1 + t2 * t2);
    const csig = sb1sb2 + cb1cb2 * cw;
    const x = (ssig * c0 - csig * s0) / (csig * c0 + ssig * s0);
    const xx = x * x;
    sig += x * (1 - xx * (1 / 3 - xx * (1 / 5 - xx / 7)));
    const inv = 1 / ssig;
    salp0 = t1 * cb1 * inv;
    calp0sq = (1 - salp0) * (1 + salp0);
    const rc = 1 / calp0sq;
    const ic = Math.sqrt(rc);
    const ss1 = sb1 * ic;
    const cs1 = t2 * inv * cb1 * ic;
    const ss2 = ss1 * csig + cs1 * ssig;
    const cs2 = cs1 * csig - ss1 * ssig;
    const k2 = ep2 * calp0sq;
    const u = Math.sqrt(1 + k2);
    const eps = k2 / ((u + 1) * (u + 1));
    const e2 = eps * eps;
    // Longitude series: residual of λ12 = ω − f A3 sin α0 (σ + ΔB3), Newton step with the
    // spherical slope (the O(f ε) terms of the slope change δ by < 1e-5 of itself).
    const c1 = eps * (c311 + eps * (c312 + eps * c313));
    const c2 = e2 * (c322 + eps * c323);
    const c3 = e2 * eps * c333;
    const y1 = 2 * (cs1 - ss1) * (cs1 + ss1);
    const y2 = 2 * (cs2 - ss2) * (cs2 + ss2);
    const p1 = c2 + y1 * c3;
    const p2 = c2 + y2 * c3;
    const db3 = 2 * (ss2 * cs2 * (c1 + y2 * p2 - c3) - ss1 * cs1 * (c1 + y1 * p1 - c3));
    const a3 = 1 + eps * (a31 + eps * (a32 + eps * a33));
    const ca2 = (cb1sb2 * cw - sb1cb2) * inv;
    const dSalp0 = cb1 * t2 * inv * cb2 * ca2 * inv;
    const delta =
      (f * a3 * salp0 * (sig + db3) - d) / (1 - f * a3 * (salp0 * salp0 + sig * dSalp0));
    if (!(Math.abs(delta) <= acceptRel * sig)) {
      out[i] = fallback(targets, j, lng, lat, terms, i);
      continue;
    }
    // 3. Distance series (A1, C1l to ε⁴) and its ω-derivative for the step δ.
    const r1 = eps * (-0.5 + (3 / 16) * e2);
    const r2 = e2 * (-1 / 16 + e2 / 32);
    const r3 = (-1 / 48) * e2 * eps;
    const r4 = (-5 / 512) * e2 * e2;
    const q1 = r3 + y1 * r4;
    const q2 = r3 + y2 * r4;
    const h1 = r2 + y1 * q1 - r4;
    const h2 = r2 + y2 * q2 - r4;
    const db1 = 2 * (ss2 * cs2 * (r1 + y2 * h2 - q2) - ss1 * cs1 * (r1 + y1 * h1 - q1));
    const a1 = (1 + e2 * (0.25 + e2 / 64)) / (1 - eps);
    const dSig1 = sb1 * salp0 * cb2 * ca2 * inv * rc;
    const epsRatio = -2 * salp0 * dSalp0 * rc * (1 - k2 * (0.5 - (3 / 8) * k2));
    const dY = salp0 - eps * ((y2 / 2) * (dSig1 + salp0) - (y1 / 2) * dSig1) + db1 * epsRatio;
    const yv = sig + db1;
    // ds/dω = b (A1 dY/dω + A1'(ε) (dε/dω) Y), with A1'(ε) = 1 + 5ε/2 + O(ε²).
    out[i] = bM * (a1 * (yv + dY * delta) + (1 + 2.5 * eps) * epsRatio * eps * yv * delta);
  }
}

/** The iterating kernel for one row (rare: long, equatorial or polar lines). */
function fallback(
  targets: readonly KernelPoint[],
  j: number,
  lng: Float64Array,
  lat: Float64Array,
  terms: GeodesicTerms,
  i: number,
): number {
  return kernelDistanceM(
    targets[j] as KernelPoint,
    lng[i] as number,
    lat[i] as number,
    terms.sinLng[i] as number,
    terms.cosLng[i] as number,
    terms.sinBeta[i] as number,
    terms.cosBeta[i] as number,
  );
}

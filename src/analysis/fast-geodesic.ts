/**
 * A fast ellipsoidal distance kernel for per-point work (ring counts, nightly history, contested
 * nearest-mission picks; ./bulk-geodesic is the loop form for the nearest-mission distances). It
 * solves the inverse problem on the auxiliary sphere: a close start for the auxiliary longitude ω,
 * Newton iteration with Karney's series (./geodesic-series), then the distance integral.
 * It allocates nothing and reuses each point's trigonometry, so it is several times faster than a
 * geographiclib `Inverse` call. It agrees with geographiclib to ~1e-8 m (tested); near-antipodal
 * lines (σ > 2 rad), points within 1° of a pole and non-converging cases are handed to
 * geographiclib itself, so the kernel never returns a cruder answer.
 */
import { geodesicDistanceUnchecked } from "./geodesic";
import {
  a1,
  a1Derivative,
  a3,
  a3Derivative,
  B_M,
  b1Slope,
  b3Slope,
  c1Difference,
  c3Difference,
  EP2,
  FLATTENING,
} from "./geodesic-series";

const RAD = Math.PI / 180;
const ONE_MINUS_F = 1 - FLATTENING;
const MAX_SIGMA_RAD = 2;
const MAX_ITERATIONS = 12;
/** Stop when the Newton step is below this (radians of ω), then apply the step to s linearly. */
const TOLERANCE_RAD = 1e-8;
/** Stricter stop for nearly equatorial geodesics, where dσ1/dω is ill-conditioned. */
const TOLERANCE_EQUATORIAL_RAD = 1e-13;
/** Below this, sin/cos and atan are updated by Taylor series (error < 1e-17). */
const SMALL_STEP_RAD = 1e-2;
/** Below this cos²α₀ (nearly equatorial lines) the iteration starts at ω = λ12. */
const START_MIN_CALP0SQ = 1e-2;

/** Everything the kernel needs about one point, computed once per point. */
export interface KernelPoint {
  readonly lng: number;
  readonly lat: number;
  /** sin and cos of the longitude (radians). */
  readonly sinLng: number;
  readonly cosLng: number;
  /** sin and cos of the reduced latitude β, tan β = (1 − f) tan φ. */
  readonly sinBeta: number;
  readonly cosBeta: number;
}

/** Precomputes {@link KernelPoint} for `[lng, lat]` (degrees, assumed valid). Pure. */
export function kernelPoint(lng: number, lat: number): KernelPoint {
  const phi = lat * RAD;
  const lam = lng * RAD;
  const sb = ONE_MINUS_F * Math.sin(phi);
  const cb = Math.cos(phi);
  const h = Math.sqrt(sb * sb + cb * cb);
  return {
    lng,
    lat,
    sinLng: Math.sin(lam),
    cosLng: Math.cos(lam),
    sinBeta: sb / h,
    cosBeta: cb / h,
  };
}

/**
 * Geodesic distance in metres from `p1` to the point whose terms are passed as numbers (so bulk
 * callers can keep them in typed arrays; see {@link kernelPoint} for their meaning). Equals
 * geographiclib's `Inverse(...).s12` to about 1e-8 m; falls back to geographiclib where the
 * iteration is not reliable (see module doc). Inputs must be valid coordinates; pure.
 */
export function kernelDistanceM(
  p1: KernelPoint,
  lng2: number,
  lat2: number,
  sinLng2: number,
  cosLng2: number,
  sb2: number,
  cb2: number,
): number {
  if (p1.lng === lng2 && p1.lat === lat2) return 0;
  if (Math.abs(p1.lat) > 89 || Math.abs(lat2) > 89) {
    return geodesicDistanceUnchecked(p1.lng, p1.lat, lng2, lat2);
  }
  const sb1 = p1.sinBeta;
  const cb1 = p1.cosBeta;
  let dLng = lng2 - p1.lng;
  if (dLng > 180) dLng -= 360;
  else if (dLng <= -180) dLng += 360;
  const lam12 = dLng * RAD;
  // sin and cos of ω, starting at ω = λ12, by the difference formulas (no trigonometry).
  let sw = sinLng2 * p1.cosLng - cosLng2 * p1.sinLng;
  let cw = cosLng2 * p1.cosLng + sinLng2 * p1.sinLng;
  let omega = lam12;
  const sb1sb2 = sb1 * sb2;
  const cb1cb2 = cb1 * cb2;
  const cb1sb2 = cb1 * sb2;
  const sb1cb2 = sb1 * cb2;
  // Spherical geometry at ω = λ12, then the start ω = λ12 + d: Vincenty's longitude relation to
  // first order in ε (A3 ≈ 1 − ε/2, ΔB3 ≈ (ε/2) sin σ cos 2σm) divided by 1 − dλ/dω on the
  // sphere, i.e. a Newton step. It lands within ~5e-9·σ of the root on Ukrainian lines, so one
  // iteration of the loop below converges (./bulk-geodesic uses the same start).
  const u1 = cb2 * sw;
  const u2 = cb1sb2 - sb1cb2 * cw;
  let prevS = Math.sqrt(u1 * u1 + u2 * u2);
  let prevC = sb1sb2 + cb1cb2 * cw;
  let sig = Math.atan2(prevS, prevC);
  if (!(sig <= MAX_SIGMA_RAD) || prevS === 0) {
    return geodesicDistanceUnchecked(p1.lng, p1.lat, lng2, lat2);
  }
  {
    const inv = 1 / prevS;
    const salp0 = cb1cb2 * sw * inv;
    const calp0sq = (1 - salp0) * (1 + salp0);
    if (calp0sq > START_MIN_CALP0SQ) {
      const dSalp0 = cb1 * u2 * cb2 * (cb1sb2 * cw - sb1cb2) * inv * inv * inv;
      const e = (EP2 / 4) * calp0sq;
      const c2sm = prevC - (2 * sb1sb2) / calp0sq;
      const d =
        (FLATTENING * salp0 * (1 - e / 2) * (sig + (e / 2) * prevS * c2sm)) /
        (1 - FLATTENING * (salp0 * salp0 + sig * dSalp0));
      if (Math.abs(d) < SMALL_STEP_RAD) {
        omega += d;
        const d2 = d * d;
        const sd = d * (1 - (d2 / 6) * (1 - d2 / 20));
        const cdm1 = -(d2 / 2) * (1 - (d2 / 12) * (1 - d2 / 30));
        const nsw = sw + sw * cdm1 + cw * sd;
        cw = cw + cw * cdm1 - sw * sd;
        sw = nsw;
      }
    }
  }
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const t1 = cb2 * sw;
    const t2 = cb1sb2 - sb1cb2 * cw;
    const ssig = Math.sqrt(t1 * t1 + t2 * t2);
    const csig = sb1sb2 + cb1cb2 * cw;
    // σ12 is updated by the small angle between successive (sin σ, cos σ), by its series when tiny.
    {
      const x = (ssig * prevC - csig * prevS) / (csig * prevC + ssig * prevS);
      const x2 = x * x;
      sig +=
        Math.abs(x) < SMALL_STEP_RAD
          ? x * (1 - x2 * (1 / 3 - x2 * (1 / 5 - x2 / 7)))
          : Math.atan(x);
    }
    prevS = ssig;
    prevC = csig;
    if (sig > MAX_SIGMA_RAD || ssig === 0) break;
    const inv = 1 / ssig;
    const salp0 = cb1cb2 * sw * inv;
    const calp0sq = (1 - salp0) * (1 + salp0);
    if (!(calp0sq > 0)) break;
    const rc = 1 / calp0sq;
    // σ1: arc from the equator crossing to point 1, (sin β1, cos α1 cos β1) / cos α0; σ2 = σ1 + σ12
    // by angle addition so that σ2 − σ1 is σ12 to round-off even for very short lines.
    const invCalp0 = Math.sqrt(rc);
    const ss1 = sb1 * invCalp0;
    const cs1 = t2 * inv * cb1 * invCalp0;
    const ss2 = ss1 * csig + cs1 * ssig;
    const cs2 = cs1 * csig - ss1 * ssig;
    // ε = k² / (2(1 + u) + k²) = k² / (u + 1)² with u = √(1 + k²), k² = e′² cos² α0.
    const k2 = EP2 * calp0sq;
    const u = Math.sqrt(1 + k2);
    const eps = k2 / ((u + 1) * (u + 1));
    const a3v = a3(eps);
    const db3 = c3Difference(eps, ss1, cs1, ss2, cs2);
    const x = sig + db3;
    const residual = lam12 + FLATTENING * a3v * salp0 * x - omega;
    // Derivatives with respect to ω on the auxiliary sphere (exact spherical trigonometry):
    // dσ12/dω = sin α0, dα1/dω = cos β2 cos α2 / sin σ12, hence d(sin α0)/dω and dσ1/dω.
    const ca1 = t2 * inv;
    const ca2 = (cb1sb2 * cw - sb1cb2) * inv;
    const dSalp0 = cb1 * ca1 * cb2 * ca2 * inv;
    const equatorial = calp0sq < 1e-4;
    const dSig1 = equatorial ? 0 : sb1 * salp0 * cb2 * ca2 * inv * rc;
    const dSig2 = dSig1 + salp0;
    // (dε/dω) / ε = (dk²/dω) / (u k²); 1/u by its series in k² (k² < 0.007, error < 1e-9).
    const invU = 1 - k2 * (0.5 - k2 * (3 / 8 - k2 * (5 / 16 - (35 / 128) * k2)));
    const epsRatio = -2 * salp0 * dSalp0 * rc * invU;
    const dEps = epsRatio * eps;
    const dX =
      salp0 + b3Slope(eps, ss2, cs2) * dSig2 - b3Slope(eps, ss1, cs1) * dSig1 + db3 * epsRatio;
    const slope =
      FLATTENING * (a3Derivative(eps) * dEps * salp0 * x + a3v * (dSalp0 * x + salp0 * dX));
    const delta = residual / (1 - slope);
    if (
      Math.abs(delta) < (equatorial ? TOLERANCE_EQUATORIAL_RAD : TOLERANCE_RAD * Math.sqrt(ssig))
    ) {
      // Distance at ω, plus ds/dω times the last Newton step.
      const a1v = a1(eps);
      const db1 = c1Difference(eps, ss1, cs1, ss2, cs2);
      const y = sig + db1;
      const dY =
        salp0 + b1Slope(eps, ss2, cs2) * dSig2 - b1Slope(eps, ss1, cs1) * dSig1 + db1 * epsRatio;
      const s = B_M * (a1v * y + (a1Derivative(eps) * dEps * y + a1v * dY) * delta);
      return Number.isFinite(s) ? s : geodesicDistanceUnchecked(p1.lng, p1.lat, lng2, lat2);
    }
    omega += delta;
    if (Math.abs(delta) < SMALL_STEP_RAD) {
      const d2 = delta * delta;
      const sd = delta * (1 - (d2 / 6) * (1 - d2 / 20));
      const cdm1 = -(d2 / 2) * (1 - (d2 / 12) * (1 - d2 / 30));
      const nsw = sw + sw * cdm1 + cw * sd;
      cw = cw + cw * cdm1 - sw * sd;
      sw = nsw;
    } else {
      sw = Math.sin(omega);
      cw = Math.cos(omega);
    }
  }
  return geodesicDistanceUnchecked(p1.lng, p1.lat, lng2, lat2);
}

/** Convenience form: distance in metres between two kernel points (see {@link kernelDistanceM}). */
export function kernelDistanceBetween(p1: KernelPoint, p2: KernelPoint): number {
  return kernelDistanceM(p1, p2.lng, p2.lat, p2.sinLng, p2.cosLng, p2.sinBeta, p2.cosBeta);
}

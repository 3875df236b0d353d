/**
 * Series for geodesics on the WGS84 ellipsoid, written out from C. F. F. Karney, "Algorithms for
 * geodesics", J. Geodesy 87 (2013), eqs. (17), (18), (24), (25), truncated at order 6 in ε
 * (order 5 for the longitude series), which is accurate to double-precision round-off for the
 * Earth's flattening. ε = k² / (2(1 + √(1 + k²)) + k²), k = e′ cos α₀.
 */

const A = 6_378_137;
const F = 1 / 298.257223563;
/** Semi-minor axis b = a(1 − f), metres. */
export const B_M = A * (1 - F);
export const FLATTENING = F;
/** Second eccentricity squared e′² = (a² − b²) / b². */
export const EP2 = (A * A - B_M * B_M) / (B_M * B_M);
const N = F / (2 - F);

// A3(ε) and C3l(ε) coefficients with the third flattening n folded in (eqs. 24–25). Exported for
// the loop kernel (./bulk-geodesic), which writes the truncated sums inline.
export const A31 = -(0.5 - N / 2);
export const A32 = -(0.25 + N / 8 - (3 * N * N) / 8);
export const A33 = -(1 / 16 + (3 * N) / 16 + (N * N) / 16);
const A34 = -(3 / 64 + N / 32);
const A35 = -3 / 128;
export const C311 = 0.25 - N / 4;
export const C312 = 0.125 - (N * N) / 8;
export const C313 = 3 / 64 + (3 * N) / 64 - (N * N) / 64;
const C314 = 5 / 128 + N / 64;
const C315 = 3 / 128;
export const C322 = 1 / 16 - (3 * N) / 32 + (N * N) / 32;
export const C323 = 3 / 64 - N / 32 - (3 * N * N) / 64;
const C324 = 3 / 128 + N / 128;
const C325 = 5 / 256;
export const C333 = 5 / 192 - (3 * N) / 64 + (5 * N * N) / 192;
const C334 = 3 / 128 - (5 * N) / 192;
const C335 = 7 / 512;
const C344 = 7 / 512 - (7 * N) / 256;
const C345 = 7 / 512;
const C355 = 21 / 2560;

/** ε for the geodesic whose equatorial azimuth has cos²α₀ = `cosAlpha0Sq`. */
export function epsilonOf(cosAlpha0Sq: number): number {
  const k2 = EP2 * cosAlpha0Sq;
  return k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
}

/** A3(ε): scale of the longitude integral I3 (eq. 24). */
export function a3(eps: number): number {
  return 1 + eps * (A31 + eps * (A32 + eps * (A33 + eps * (A34 + eps * A35))));
}

/** A1(ε): scale of the distance integral I1 (eq. 17). */
export function a1(eps: number): number {
  const e2 = eps * eps;
  return (1 + e2 * (0.25 + e2 * (1 / 64 + e2 / 256))) / (1 - eps);
}

/** Clenshaw sum Σ_{l=1..5} c_l sin 2lσ from sin σ, cos σ (normalised). */
function clenshaw5(
  c1: number,
  c2: number,
  c3: number,
  c4: number,
  c5: number,
  sn: number,
  cs: number,
): number {
  const x = 2 * (cs - sn) * (cs + sn);
  const b4 = c4 + x * c5;
  const b3 = c3 + x * b4 - c5;
  const b2 = c2 + x * b3 - b4;
  const b1 = c1 + x * b2 - b3;
  return 2 * sn * cs * b1;
}

/** Clenshaw sum Σ_{l=1..6} c_l sin 2lσ from sin σ, cos σ (normalised). */
function clenshaw6(
  c1: number,
  c2: number,
  c3: number,
  c4: number,
  c5: number,
  c6: number,
  sn: number,
  cs: number,
): number {
  const x = 2 * (cs - sn) * (cs + sn);
  const b5 = c5 + x * c6;
  const b4 = c4 + x * b5 - c6;
  const b3 = c3 + x * b4 - b5;
  const b2 = c2 + x * b3 - b4;
  const b1 = c1 + x * b2 - b3;
  return 2 * sn * cs * b1;
}

/**
 * B3(σ2) − B3(σ1) with B3(σ) = Σ_{l=1..5} C3l(ε) sin 2lσ (eq. 25); σ given by normalised sin/cos.
 */
export function c3Difference(
  eps: number,
  ss1: number,
  cs1: number,
  ss2: number,
  cs2: number,
): number {
  const e2 = eps * eps;
  const c1 = eps * (C311 + eps * (C312 + eps * (C313 + eps * (C314 + eps * C315))));
  const c2 = e2 * (C322 + eps * (C323 + eps * (C324 + eps * C325)));
  const c3 = e2 * eps * (C333 + eps * (C334 + eps * C335));
  const c4 = e2 * e2 * (C344 + eps * C345);
  const c5 = e2 * e2 * eps * C355;
  return clenshaw5(c1, c2, c3, c4, c5, ss2, cs2) - clenshaw5(c1, c2, c3, c4, c5, ss1, cs1);
}

/**
 * B1(σ2) − B1(σ1) with B1(σ) = Σ_{l=1..6} C1l(ε) sin 2lσ (eq. 18); σ given by normalised sin/cos.
 */
export function c1Difference(
  eps: number,
  ss1: number,
  cs1: number,
  ss2: number,
  cs2: number,
): number {
  const e2 = eps * eps;
  const c1 = eps * (-0.5 + e2 * (3 / 16 - e2 / 32));
  const c2 = e2 * (-1 / 16 + e2 * (1 / 32 - (9 * e2) / 2048));
  const c3 = e2 * eps * (-1 / 48 + (3 * e2) / 256);
  const c4 = e2 * e2 * (-5 / 512 + (3 * e2) / 512);
  const c5 = (-7 / 1280) * e2 * e2 * eps;
  const c6 = (-7 / 2048) * e2 * e2 * e2;
  return clenshaw6(c1, c2, c3, c4, c5, c6, ss2, cs2) - clenshaw6(c1, c2, c3, c4, c5, c6, ss1, cs1);
}

/** dA3/dε. */
export function a3Derivative(eps: number): number {
  return A31 + eps * (2 * A32 + eps * (3 * A33 + eps * (4 * A34 + eps * 5 * A35)));
}

/** dA1/dε for A1 = (1 + ε²/4 + ε⁴/64 + ε⁶/256) / (1 − ε), to O(ε³). */
export function a1Derivative(eps: number): number {
  const e2 = eps * eps;
  const inv = 1 / (1 - eps);
  return (eps / 2 + (e2 * eps) / 16) * inv + (1 + e2 * (0.25 + e2 / 64)) * inv * inv;
}

/**
 * dB3/dσ = Σ 2l C3l cos 2lσ, first two terms (the rest are below 1e-10 relative), from sin σ and
 * cos σ. Used only for Newton slopes, where this accuracy is ample.
 */
export function b3Slope(eps: number, sinSig: number, cosSig: number): number {
  const c1 = eps * (C311 + eps * C312);
  const c2 = eps * eps * C322;
  const cos2 = (cosSig - sinSig) * (cosSig + sinSig);
  return 2 * c1 * cos2 + 4 * c2 * (2 * cos2 * cos2 - 1);
}

/** dB1/dσ = Σ 2l C1l cos 2lσ, first two terms, as {@link b3Slope}. */
export function b1Slope(eps: number, sinSig: number, cosSig: number): number {
  const c1 = -eps / 2;
  const c2 = (-eps * eps) / 16;
  const cos2 = (cosSig - sinSig) * (cosSig + sinSig);
  return 2 * c1 * cos2 + 4 * c2 * (2 * cos2 * cos2 - 1);
}

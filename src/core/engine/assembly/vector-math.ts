/**
 * Elementary functions the kernels need, four float32 lanes at a time (WebAssembly SIMD has no exp), and a
 * scalar sin/cos pair for the embeddings. AssemblyScript's Math.exp and Math.sin are accurate but scalar
 * and slow; these are accurate to float32 resolution, which is all the network stores.
 */

const LOG2E: f32 = 1.4426950408889634;
/** e^x overflows float32 above 88.7 and is subnormal below −87.3: clamping keeps 2^n a normal number. */
const EXP_MAX: f32 = 88;
const EXP_MIN: f32 = -87;
/** 2^23: adding it to a float in [0, 2^23) leaves that number's integer part in the low mantissa bits. */
const MANTISSA_SHIFT: f32 = 8388608;
/**
 * 2^f on [−½, ½] to within 8e-8 relative: degree 5, fitted in relative error at 2000 Chebyshev nodes
 * (numpy least squares), one degree less than the Taylor series needs for the same accuracy; then the
 * bias for building 2^n. Kept in memory rather than as constants: V8 rebuilds a vector constant with three
 * instructions at every use inside a loop, but broadcasts one from memory with one.
 */
const EXP2_TABLE = memory.data<f32>([
  0.0013266970386328243,
  0.009675459745517534,
  0.0555074261600255,
  0.24022121753561693,
  0.6931469491610631,
  1.0000000710296983,
  MANTISSA_SHIFT + 127,
]);

/**
 * 2^y per lane for y in [−126, 127] (callers clamp, or mask the lanes outside): y = n + f with n an
 * integer and |f| ≤ ½, 2^f by the polynomial above and 2^n built in the exponent bits. Only operations
 * that are one instruction on x86 and ARM.
 */
export function exp2Of4(y: v128): v128 {
  const n = f32x4.nearest(y);
  const f = f32x4.sub(y, n);
  let p = v128.load32_splat(EXP2_TABLE);
  p = f32x4.add(f32x4.mul(p, f), v128.load32_splat(EXP2_TABLE, 4));
  p = f32x4.add(f32x4.mul(p, f), v128.load32_splat(EXP2_TABLE, 8));
  p = f32x4.add(f32x4.mul(p, f), v128.load32_splat(EXP2_TABLE, 12));
  p = f32x4.add(f32x4.mul(p, f), v128.load32_splat(EXP2_TABLE, 16));
  p = f32x4.add(f32x4.mul(p, f), v128.load32_splat(EXP2_TABLE, 20));
  // The biased exponent n + 127 (1…254) sits in the low bits of 2^23 + n + 127; shifting by 23 moves it
  // into the exponent field and drops the rest.
  const powerOfTwo = i32x4.shl(f32x4.add(n, v128.load32_splat(EXP2_TABLE, 24)), 23);
  return f32x4.mul(p, powerOfTwo);
}

/**
 * e^x per lane, as 2^(x·log₂e): within 1e-7·(1 + |x|) relative, float32's resolution where the
 * activations use it. Arguments are clamped to [−87, 88], so the result is a finite normal number (pmin
 * and pmax rather than min and max, whose NaN rules cost several instructions; callers keep NaN out).
 */
export function exp4(x: v128): v128 {
  const clamped = f32x4.pmax(f32x4.pmin(x, f32x4.splat(EXP_MAX)), f32x4.splat(EXP_MIN));
  return exp2Of4(f32x4.mul(clamped, f32x4.splat(LOG2E)));
}

/** The logistic σ(z) = 1/(1 + e^−z) per lane; exp4's clamp makes it exactly 0 or 1 far out, never NaN. */
export function sigmoid4(z: v128): v128 {
  const one = f32x4.splat(1);
  return f32x4.div(one, f32x4.add(one, exp4(f32x4.neg(z))));
}

/** 2/π, and π/2 split in two (fdlibm's pio2_1, pio2_1t) so that angle − q·π/2 stays exact for |q| < 2^20. */
const TWO_OVER_PI: f64 = 0.6366197723675814;
const PIO2_HI: f64 = 1.5707963267341256;
const PIO2_LO: f64 = 6.077100506506192e-11;

/**
 * Writes sin(angle) to sinOut and cos(angle) to cosOut as float32. The angle is reduced to
 * r ∈ [−π/4, π/4] in float64 (angles reach a few hundred radians: 25·x at high frequency), then Taylor
 * series to degree 9 and 10 (error below 2e-9); the quadrant q mod 4 picks and signs the pair.
 */
export function sinCosInto(angle: f64, sinOut: usize, cosOut: usize): void {
  const q = nearest<f64>(angle * TWO_OVER_PI);
  const r = angle - q * PIO2_HI - q * PIO2_LO;
  const r2 = r * r;
  const s = r + r * r2 * (-1.0 / 6 + r2 * (1.0 / 120 + r2 * (-1.0 / 5040 + r2 * (1.0 / 362880))));
  const c = 1 + r2 * (-0.5 + r2 * (1.0 / 24 + r2 * (-1.0 / 720 + r2 * (1.0 / 40320 - r2 / 3628800))));
  // The quadrant as a float: a NaN angle (from a NaN input) then falls through to NaN, never traps.
  const quadrant = q - 4 * Math.floor(q / 4);
  let sine = s;
  let cosine = c;
  if (quadrant == 1) {
    sine = c;
    cosine = -s;
  } else if (quadrant == 2) {
    sine = -s;
    cosine = -c;
  } else if (quadrant == 3) {
    sine = -c;
    cosine = s;
  }
  store<f32>(sinOut, <f32>sine);
  store<f32>(cosOut, <f32>cosine);
}

/**
 * PyTorch's CPU generator, re-implemented so the textbook problems' `torch.manual_seed` streams can be
 * reproduced in the browser. Emulates (PyTorch 1.13):
 *
 * - `aten/src/ATen/core/MT19937RNGEngine.h`: the 32-bit Mersenne Twister, seeded with the standard
 *   `init_genrand` from the low 32 bits of the seed (`CPUGeneratorImpl::set_current_seed`).
 * - `aten/src/ATen/CPUGeneratorImpl.cpp`: `random()` is one MT draw, `random64()` is two, the first one
 *   becoming the high word; the generator keeps one cached double normal (`next_double_normal_sample`).
 * - `aten/src/ATen/core/TransformationHelper.h` and `aten/src/ATen/core/DistributionsHelper.h`: uniform
 *   floats take 24 random bits, uniform doubles 53 bits of `random64()`; `normal_distribution<double>` is
 *   Box–Muller that returns r·cos θ and caches r·sin θ for the next scalar normal.
 * - `aten/src/ATen/native/cpu/DistributionTemplates.h` (`normal_kernel`, `normal_fill`,
 *   `random_from_to_kernel`): `randn` of a contiguous float tensor with ≥ 16 elements fills it with uniform
 *   floats and transforms blocks of 16 in float32; smaller tensors draw scalar double normals one by one;
 *   `randint` draws `random() % range + low` per element (`random64()` once range ≥ 2³²).
 */

const MT_N = 624;
const MT_M = 397;
const MT_MATRIX_A = 0x9908b0df;
const MT_UPPER_MASK = 0x80000000;
const MT_LOWER_MASK = 0x7fffffff;
const MT_INIT_MULTIPLIER = 1812433253;

const TWO_POW_24 = 2 ** 24;
const TWO_POW_32 = 2 ** 32;
const TWO_POW_53 = 2 ** 53;
/** `normal_fill` only takes over from the scalar path at this many elements, and works in blocks of it. */
const NORMAL_FILL_BLOCK = 16;
const HALF_BLOCK = NORMAL_FILL_BLOCK / 2;
const TWO_PI = 2 * Math.PI;
/** `normal_fill_16_AVX2` broadcasts 2π as a float32 constant and multiplies by u2 in float32. */
const TWO_PI_F32 = Math.fround(TWO_PI);

const f32 = Math.fround;

/** One `torch.Generator().manual_seed(seed)`: successive calls continue its stream, as in PyTorch. */
export class TorchGenerator {
  private readonly state = new Uint32Array(MT_N);
  /** Next state word to temper; MT_N means the state must be twisted first (as right after seeding). */
  private index = MT_N;
  /** The second Box–Muller value of the scalar double path, used by the next scalar normal. */
  private nextDoubleNormal: number | null = null;

  constructor(seed: number) {
    // The engine takes a uint64 seed but keeps only its low 32 bits.
    const state = this.state;
    state[0] = Number(BigInt.asUintN(32, BigInt(seed)));
    for (let i = 1; i < MT_N; i++) {
      const prev = state[i - 1] ?? 0;
      // Math.imul keeps the low 32 bits of the product; the Uint32Array store wraps the + i.
      state[i] = Math.imul(MT_INIT_MULTIPLIER, prev ^ (prev >>> 30)) + i;
    }
  }

  /** torch.randn(n, generator=g) */
  randn(n: number): number[] {
    return n >= NORMAL_FILL_BLOCK ? this.normalFill(n) : Array.from({ length: n }, () => this.scalarNormal());
  }

  /** torch.randint(low, high, (n,), generator=g) */
  randint(low: number, high: number, n: number): number[] {
    const range = high - low;
    if (!(range > 0)) throw new RangeError(`randint: need low < high, got [${low}, ${high})`);
    // Exact modulo for ranges ≥ 2³² needs 64-bit integers; below that a Number is exact.
    const draw =
      range >= TWO_POW_32
        ? () => Number(this.random64() % BigInt(range)) + low
        : () => (this.random() % range) + low;
    return Array.from({ length: n }, draw);
  }

  /** One tempered 32-bit Mersenne Twister output (`at::mt19937::operator()`). */
  private random(): number {
    if (this.index >= MT_N) this.twist();
    let y = this.state[this.index++] ?? 0;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Two draws as one 64-bit value, the first draw in the high word (`make64BitsFrom32Bits`). */
  private random64(): bigint {
    const hi = BigInt(this.random());
    const lo = BigInt(this.random());
    return (hi << 32n) | lo;
  }

  private twist(): void {
    const s = this.state;
    for (let i = 0; i < MT_N; i++) {
      const y = ((s[i] ?? 0) & MT_UPPER_MASK) | ((s[(i + 1) % MT_N] ?? 0) & MT_LOWER_MASK);
      s[i] = (s[(i + MT_M) % MT_N] ?? 0) ^ (y >>> 1) ^ (y & 1 ? MT_MATRIX_A : 0);
    }
    this.index = 0;
  }

  /** `uniform_real_distribution<float>(0, 1)`: 24 random bits, exact in float32. */
  private uniformFloat(): number {
    return (this.random() & (TWO_POW_24 - 1)) / TWO_POW_24;
  }

  /** `uniform_real_distribution<double>(0, 1)`: the low 53 bits of `random64()`. */
  private uniformDouble(): number {
    // Split to stay within Number precision: high word keeps 21 bits, low word all 32.
    const hi = this.random() & 0x1fffff;
    const lo = this.random();
    return (hi * TWO_POW_32 + lo) / TWO_POW_53;
  }

  /** `normal_distribution<double>` (mean 0, std 1), rounded to float32 when stored in the tensor. */
  private scalarNormal(): number {
    if (this.nextDoubleNormal !== null) {
      const cached = this.nextDoubleNormal;
      this.nextDoubleNormal = null;
      return f32(cached);
    }
    const u1 = this.uniformDouble();
    const u2 = this.uniformDouble();
    const radius = Math.sqrt(-2 * Math.log(1 - u2));
    const theta = TWO_PI * u1;
    this.nextDoubleNormal = radius * Math.sin(theta);
    return f32(radius * Math.cos(theta));
  }

  /** `normal_fill`: uniform floats, Box–Muller per block of 16, the ragged tail redone as a fresh block. */
  private normalFill(n: number): number[] {
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = this.uniformFloat();
    for (let i = 0; i + NORMAL_FILL_BLOCK <= n; i += NORMAL_FILL_BLOCK) normalFill16(data, i);
    if (n % NORMAL_FILL_BLOCK !== 0) {
      // Overlaps the previous block: its last values are overwritten with new uniforms, then transformed.
      const start = n - NORMAL_FILL_BLOCK;
      for (let i = start; i < n; i++) data[i] = this.uniformFloat();
      normalFill16(data, start);
    }
    return Array.from(data);
  }
}

/**
 * `normal_fill_16_AVX2` (what x86 CPUs run; `normal_fill_16` is the same formula) in float32: pairs element
 * j with j + 8 of the block, cos into j, sin into j + 8. PyTorch's vectorised log/sin/cos (Sleef) are not
 * correctly rounded, so results can differ from it by an ulp or two (≈1e-7 relative); the rest is exact.
 */
function normalFill16(data: Float32Array, start: number): void {
  for (let j = start; j < start + HALF_BLOCK; j++) {
    const u1 = f32(1 - (data[j] ?? 0)); // in (0, 1]: log(u1) is finite
    const u2 = data[j + HALF_BLOCK] ?? 0;
    const radius = f32(Math.sqrt(f32(-2 * f32(Math.log(u1)))));
    const theta = f32(TWO_PI_F32 * u2);
    data[j] = radius * f32(Math.cos(theta));
    data[j + HALF_BLOCK] = radius * f32(Math.sin(theta));
  }
}

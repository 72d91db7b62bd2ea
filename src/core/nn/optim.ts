/**
 * Optimizers and gradient clipping over flat parameter/gradient buffers (see Mlp.params / Mlp.grads).
 * Each update is one pass over the arrays; per-step scalars are hoisted out of the loop.
 */

/** Adam hyperparameters; all but `lr` default to PyTorch's values. */
export interface AdamOptions {
  /** Learning rate α, used when `step` is not given one (e.g. by a schedule). */
  lr: number;
  /** Decay rate β1 of the first-moment average. Default 0.9. */
  beta1?: number;
  /** Decay rate β2 of the second-moment average. Default 0.999. */
  beta2?: number;
  /** ε added to √v̂, keeping the step finite where gradients vanish. Default 1e-8. */
  eps?: number;
  /** Decoupled weight decay λ (AdamW, as tiny-diffusion trains with); 0 = plain Adam. Default 0. */
  weightDecay?: number;
}

/**
 * Adam (Kingma & Ba 2015) with decoupled weight decay (AdamW, Loshchilov & Hutter 2019), in PyTorch's
 * order: θ ← θ(1 − αλ); m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²;
 * θ ← θ − α·m̂ / (√v̂ + ε), with m̂ = m/(1 − β1ᵗ), v̂ = v/(1 − β2ᵗ) and t the 1-based step count.
 */
/** Adam's defaults, as PyTorch has them; the SIMD engine's step uses the same (engine/wasm-training-step.ts). */
export const ADAM_DEFAULTS = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;

export class Adam {
  lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  /** First-moment (mean) estimate per parameter. */
  readonly m: Float32Array;
  /** Second-moment (uncentred variance) estimate per parameter. */
  readonly v: Float32Array;
  /** Steps taken so far (t in the bias corrections). */
  steps = 0;

  constructor(
    size: number,
    {
      lr,
      beta1 = ADAM_DEFAULTS.beta1,
      beta2 = ADAM_DEFAULTS.beta2,
      eps = ADAM_DEFAULTS.eps,
      weightDecay = 0,
    }: AdamOptions,
  ) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.weightDecay = weightDecay;
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }

  /** Updates `params` in place from `grads` (same length as the optimizer); `lr` overrides this.lr once. */
  step(params: Float32Array, grads: Float32Array, lr: number = this.lr): void {
    const { m, v, beta1, beta2, eps } = this;
    if (params.length !== m.length || grads.length !== m.length) {
      throw new RangeError(`Adam of size ${m.length} got ${params.length} params, ${grads.length} grads`);
    }
    this.steps++;
    const stepSize = lr / (1 - beta1 ** this.steps);
    const rootCorrection2 = Math.sqrt(1 - beta2 ** this.steps);
    const decay = 1 - lr * this.weightDecay;
    const b1c = 1 - beta1;
    const b2c = 1 - beta2;
    for (let i = 0; i < m.length; i++) {
      const g = grads[i]!;
      const mi = beta1 * m[i]! + b1c * g;
      const vi = beta2 * v[i]! + b2c * g * g;
      m[i] = mi;
      v[i] = vi;
      // α·m̂/(√v̂ + ε) = (α/(1 − β1ᵗ))·m / (√v/√(1 − β2ᵗ) + ε), as PyTorch computes it.
      params[i] = decay * params[i]! - (stepSize * mi) / (Math.sqrt(vi) / rootCorrection2 + eps);
    }
  }
}

/** Plain gradient descent θ ← θ − lr·g, in place. */
export function sgdStep(params: Float32Array, grads: Float32Array, lr: number): void {
  if (params.length !== grads.length) {
    throw new RangeError(`sgdStep: ${params.length} params but ${grads.length} grads`);
  }
  for (let i = 0; i < params.length; i++) params[i] = params[i]! - lr * grads[i]!;
}

/** Keeps the scaled norm just under maxNorm despite rounding, as torch.nn.utils.clip_grad_norm_ does. */
export const CLIP_EPS = 1e-6;

/**
 * Rescales `grads` in place so its L2 norm is at most maxNorm (Pascanu et al. 2013; scale
 * maxNorm/(‖g‖ + 1e-6) as in PyTorch) and returns the norm before clipping, summed in double precision.
 */
export function clipGradNorm(grads: Float32Array, maxNorm: number): number {
  if (!(maxNorm >= 0 && Number.isFinite(maxNorm))) {
    throw new RangeError(`maxNorm must be a finite number ≥ 0, got ${maxNorm}`);
  }
  let sumSq = 0;
  for (let i = 0; i < grads.length; i++) sumSq += grads[i]! * grads[i]!;
  const norm = Math.sqrt(sumSq);
  const scale = maxNorm / (norm + CLIP_EPS);
  if (scale < 1) for (let i = 0; i < grads.length; i++) grads[i] = grads[i]! * scale;
  return norm;
}

import { describe, expect, it } from "vitest";
import { makeSchedule } from "../../core/schedule";
import { DEFAULT_SETTINGS } from "../../state/settings";
import { firstPureNoise, notesAt, scheduleWarnings } from "./warnings";

const custom = (betas: number[]) => makeSchedule({ family: "custom", betas });

describe("scheduleWarnings", () => {
  it("is quiet for the default schedule, which reaches noise", () => {
    expect(scheduleWarnings(makeSchedule(DEFAULT_SETTINGS.schedule))).toEqual([]);
  });

  it("warns with the value when ᾱ_T is far from 0", () => {
    expect(scheduleWarnings(custom([0.1, 0.2, 0.5]))).toEqual([
      "ᾱ_T = 0.36: x_T still holds 0.6·x_0, so sampling from N(0, I) will not match q(x_T).",
    ]);
    expect(scheduleWarnings(custom([0.99, 0.99, 0.99]))).toEqual([]);
  });

  it("says in words when nothing is ever added, or when the signal is gone", () => {
    expect(scheduleWarnings(makeSchedule({ family: "constant", T: 10, beta: 0 }))[0]).toMatch(
      /^β = 0 at every step: nothing is ever added/,
    );
    const one = scheduleWarnings(makeSchedule({ family: "constant", T: 10, beta: 1 }));
    expect(one).toEqual([
      "ᾱ_t = 0 from t = 1: nothing of x_0 is left, so from there SNR = 0 (log SNR = −∞) and x_t says nothing about x_0.",
    ]);
    expect(firstPureNoise(custom([0.5, 1, 0.2]))).toBe(2);
    expect(firstPureNoise(custom([0.5, 0.2]))).toBeNull();
  });

  it("never prints NaN or Infinity", () => {
    for (const betas of [[0], [1], [0, 1], [1, 0], [0.5]]) {
      const schedule = custom(betas);
      const text = [...scheduleWarnings(schedule), ...betas.flatMap((_, i) => notesAt(schedule, i + 1))];
      for (const line of text) expect(line).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe("notesAt", () => {
  it("names SNR = ∞ and the undefined β̃_t while no noise has been added", () => {
    const schedule = custom([0, 0.1]);
    expect(notesAt(schedule, 1)).toEqual([
      "At t = 1 no noise has been added yet: SNR = ∞, and β̃_t = 0/0 is undefined (its limit 0 is used).",
    ]);
    expect(notesAt(schedule, 2)).toEqual([]);
  });

  it("says the reverse mean is undefined where β_t = 1", () => {
    expect(notesAt(custom([0.5, 1]), 2)).toEqual([
      "β_t = 1: 1/√α_t is undefined, so the DDPM reverse mean cannot be computed at t = 2.",
    ]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCHEDULE_FAMILIES } from "../core/schedule";
import { CALCULATOR_PROBLEMS } from "./calculator-view";
import { CONTROL_IDS, LESSON_IDS, PANEL_IDS } from "./classroom";
import {
  ACTIVATION_NAMES,
  DATA_CHOICES,
  FORWARD_NOISE_MODES,
  PREDICTOR_KINDS,
  REVERSE_MODES,
  REVERSE_VARIANCES,
  SAMPLER_METHODS,
} from "./settings";
import { isValidSettings } from "./settings-schema";
import { decodeSettings, encodeLink, type DecodedLink } from "./url-codec";
import { URL_KEY_ORDER } from "./url-schema";
import { LINK_CHAR, percentEncoded, SETTINGS } from "./testing";

const FUZZ = { seed: 42, numRuns: 2000 };

/** What every decode must give: valid settings, and no sign that the safety net caught an error. */
function expectSound({ settings, notices }: DecodedLink): void {
  expect(isValidSettings(settings)).toBe(true);
  for (const notice of notices) {
    expect(notice.key).not.toBe("");
    expect(notice.message.length).toBeLessThan(300);
  }
}

const text = (maxLength: number) => fc.string({ unit: LINK_CHAR, maxLength });

/** Values of the kinds links hold: numbers of every shape, menu words, lists, base64url, and junk. */
const VALUE = fc.oneof(
  text(30),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom("", "off", "1e999", "-0", ".5", "5.", "1e-4", "NaN", "Infinity"),
  fc.constantFrom(
    ...SCHEDULE_FAMILIES,
    ...DATA_CHOICES,
    ...PREDICTOR_KINDS,
    ...ACTIVATION_NAMES,
    ...SAMPLER_METHODS,
    ...REVERSE_VARIANCES,
    ...REVERSE_MODES,
    ...FORWARD_NOISE_MODES,
    ...PANEL_IDS,
    ...CONTROL_IDS,
    ...LESSON_IDS,
    ...CALCULATOR_PROBLEMS,
  ),
  fc.json({ maxDepth: 3 }),
  fc.subarray([...PANEL_IDS, ...CONTROL_IDS, "x"]).map((words) => words.join(",")),
  fc.array(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { maxLength: 20 }).map((b) => b.join(",")),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,60}$/),
);

const KEY = fc.constantFrom(...URL_KEY_ORDER, "v", "x", "");

/** Random edits of a string: insert, delete or replace a character, or cut it short. */
function mutated(original: string) {
  const edit = fc.record({
    kind: fc.constantFrom("insert", "delete", "replace", "truncate"),
    at: fc.nat(),
    char: LINK_CHAR,
  });
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) =>
    edits.reduce((s, { kind, at, char }) => {
      const i = at % (s.length + 1);
      if (kind === "truncate") return s.slice(0, i);
      const rest = s.slice(kind === "insert" ? i : i + 1);
      return s.slice(0, i) + (kind === "delete" ? "" : char) + rest;
    }, original),
  );
}

describe("decodeSettings under fuzzing", () => {
  it("gives valid settings for arbitrary strings", () => {
    fc.assert(
      fc.property(text(300), (hash) => expectSound(decodeSettings(hash))),
      FUZZ,
    );
  });

  it("gives valid settings for lists of real keys with random values", () => {
    const pairs = fc.array(fc.tuple(KEY, VALUE, fc.boolean()), { maxLength: 20 });
    fc.assert(
      fc.property(pairs, (list) => {
        const hash = list
          .map(([key, value, escape]) => `${key}=${escape ? percentEncoded(value) : value}`)
          .join("&");
        expectSound(decodeSettings(hash));
      }),
      FUZZ,
    );
  });

  it("gives valid settings for damaged links", () => {
    const damaged = SETTINGS.chain((settings) => mutated(encodeLink(settings).hash));
    fc.assert(
      fc.property(damaged, (hash) => expectSound(decodeSettings(hash))),
      FUZZ,
    );
  });
});

describe("links round-trip", () => {
  it("restore any valid settings exactly, without a notice", () => {
    fc.assert(
      fc.property(SETTINGS, (settings) => {
        const { hash, problems } = encodeLink(settings);
        expect(problems).toEqual([]);
        expect(decodeSettings(hash)).toEqual({ settings, notices: [] });
      }),
      FUZZ,
    );
  });

  it("settle after one decode: whatever a link gave, its own link gives again", () => {
    const pairs = fc.array(fc.tuple(KEY, VALUE), { maxLength: 20 });
    fc.assert(
      fc.property(pairs, (list) => {
        const first = decodeSettings(list.map(([key, value]) => `${key}=${value}`).join("&")).settings;
        expect(decodeSettings(encodeLink(first).hash)).toEqual({ settings: first, notices: [] });
      }),
      FUZZ,
    );
  });
});

import { describe, expect, it } from "vitest";
import type { ScheduleSpec } from "../core/schedule";
import { MAX_DRAWN_POINTS } from "./drawn-points";
import { DEFAULT_SETTINGS, scheduleLength, type Settings } from "./settings";
import { isValidSettings } from "./settings-schema";
import { decodeSettings, encodeLink, encodeSettings, migrate, type Migration } from "./url-codec";
import { percentEncoded } from "./testing";
import { URL_KEY_ORDER, type UrlKey } from "./url-schema";
import { formatNumber } from "./url-values";

const D = DEFAULT_SETTINGS;

/** The defaults under another schedule, with both timesteps capped at its T as a link's defaults are. */
function withSchedule(schedule: ScheduleSpec): Settings {
  const T = scheduleLength(schedule);
  return {
    ...D,
    schedule,
    t: Math.min(D.t, T),
    reverse: { ...D.reverse, tStart: Math.min(D.reverse.tStart, T) },
  };
}

/** For every key: settings that differ from the defaults in that key, and in what it depends on. */
const ONE_KEY_CHANGED: Record<UrlKey, { settings: Settings; keys: string[] }> = {
  sched: { settings: withSchedule({ family: "cosine", T: 200, s: 0.008 }), keys: ["sched"] },
  T: { settings: withSchedule({ family: "linear", T: 1000, betaStart: 5e-4, betaEnd: 0.1 }), keys: ["T"] },
  b0: { settings: withSchedule({ family: "linear", T: 200, betaStart: 1e-4, betaEnd: 0.1 }), keys: ["b0"] },
  b1: { settings: withSchedule({ family: "linear", T: 200, betaStart: 5e-4, betaEnd: 0.02 }), keys: ["b1"] },
  s: { settings: withSchedule({ family: "cosine", T: 200, s: 0.1 }), keys: ["sched", "s"] },
  beta: { settings: withSchedule({ family: "constant", T: 200, beta: 0.05 }), keys: ["sched", "beta"] },
  betas: { settings: withSchedule({ family: "custom", betas: [1e-4, 0.02, 0.5] }), keys: ["sched", "betas"] },
  cmp: { settings: { ...D, compare: { family: "cosine", T: 1000, s: 0.008 } }, keys: ["cmp"] },
  data: { settings: { ...D, dataset: { kind: "points", name: "swiss_roll", n: 2000 } }, keys: ["data"] },
  n: { settings: { ...D, dataset: { kind: "points", name: "moons", n: 500 } }, keys: ["n"] },
  img: { settings: { ...D, dataset: { kind: "image", size: 8, n: 100 } }, keys: ["data", "img"] },
  draw: {
    settings: { ...D, dataset: { kind: "drawn", points: [1.25, -0.5, 0, 4.5] } },
    keys: ["data", "draw"],
  },
  seed: { settings: { ...D, seed: 4_294_967_295 }, keys: ["seed"] },
  model: { settings: { ...D, predictor: "exact" }, keys: ["model"] },
  width: { settings: { ...D, model: { ...D.model, width: 128 } }, keys: ["width"] },
  depth: { settings: { ...D, model: { ...D.model, depth: 0 } }, keys: ["depth"] },
  act: { settings: { ...D, model: { ...D.model, activation: "relu" } }, keys: ["act"] },
  lr: { settings: { ...D, training: { ...D.training, lr: 1e-3 } }, keys: ["lr"] },
  batch: { settings: { ...D, training: { ...D.training, batchSize: 256 } }, keys: ["batch"] },
  train: { settings: { ...D, training: { ...D.training, totalSteps: 3000 } }, keys: ["train"] },
  sampler: { settings: { ...D, sampler: { ...D.sampler, method: "ddim" } }, keys: ["sampler"] },
  var: { settings: { ...D, sampler: { ...D.sampler, variance: "betaTilde" } }, keys: ["var"] },
  eta: { settings: { ...D, sampler: { ...D.sampler, eta: 0.5 } }, keys: ["eta"] },
  steps: { settings: { ...D, sampler: { ...D.sampler, steps: 50 } }, keys: ["steps"] },
  clip: { settings: { ...D, sampler: { ...D.sampler, clipX0: 1 } }, keys: ["clip"] },
  mode: { settings: { ...D, reverse: { ...D.reverse, mode: "reconstruct" } }, keys: ["mode"] },
  t0: { settings: { ...D, reverse: { ...D.reverse, tStart: 20 } }, keys: ["t0"] },
  noise: { settings: { ...D, forwardNoise: "fresh" }, keys: ["noise"] },
  t: { settings: { ...D, t: 17 }, keys: ["t"] },
  speed: { settings: { ...D, speed: 0.25 }, keys: ["speed"] },
  present: { settings: { ...D, view: { ...D.view, present: true } }, keys: ["present"] },
  panels: { settings: { ...D, view: { ...D.view, panels: ["forward", "reverse"] } }, keys: ["panels"] },
  hide: { settings: { ...D, view: { ...D.view, hidden: ["top.seed", "forward.speed"] } }, keys: ["hide"] },
  slow: { settings: { ...D, view: { ...D.view, slow: true } }, keys: ["slow"] },
  lesson: { settings: { ...D, lesson: { id: "schedules", step: 1 } }, keys: ["lesson"] },
  step: { settings: { ...D, lesson: { id: "train", step: 3 } }, keys: ["lesson", "step"] },
  calc: { settings: { ...D, calculator: { ...D.calculator, open: "trainingStep" } }, keys: ["calc"] },
  cin: {
    settings: { ...D, calculator: { open: null, edits: { losses: { x0: "1; 2", t: "3" } } } },
    keys: ["cin"],
  },
};

const keysOf = (hash: string) => hash.split("&").map((part) => part.split("=")[0]);

describe("encodeSettings and decodeSettings", () => {
  it("write the defaults as just v=1", () => {
    expect(encodeSettings(D)).toBe("v=1");
    expect(decodeSettings("v=1")).toEqual({ settings: D, notices: [] });
    expect(decodeSettings("")).toEqual({ settings: D, notices: [] });
  });

  it.each(URL_KEY_ORDER)("round-trip a change of %s exactly, writing only that key", (key) => {
    const { settings, keys } = ONE_KEY_CHANGED[key];
    expect(isValidSettings(settings)).toBe(true);
    const hash = encodeSettings(settings);
    expect(keysOf(hash)).toEqual(["v", ...keys]);
    expect(decodeSettings(hash)).toEqual({ settings, notices: [] });
    expect(decodeSettings(`#${hash}`).settings).toEqual(settings);
  });

  it("write keys in table order, numbers compactly, and betas with plain commas", () => {
    const settings: Settings = {
      ...withSchedule({ family: "custom", betas: [1e-4, 0.02, 1] }),
      seed: 7,
      speed: 2,
    };
    expect(encodeSettings(settings)).toBe("v=1&sched=custom&betas=1e-4,0.02,1&seed=7&speed=2");
    expect([
      "1e-4",
      "5e-4",
      "0.02",
      "0.1",
      "200",
      "4294967295",
      "1e21",
      "-2.5",
      "1.0000000000000002",
    ]).toEqual([1e-4, 5e-4, 0.02, 0.1, 200, 2 ** 32 - 1, 1e21, -2.5, 1.0000000000000002].map(formatNumber));
  });

  it("write the pinned comparison schedule readably, and restore every family of it", () => {
    const compare: Settings["compare"][] = [
      { family: "linear", T: 1000, betaStart: 1e-4, betaEnd: 0.02 },
      { family: "sigmoid", T: 50, betaStart: 0, betaEnd: 1 },
      { family: "cosine", T: 200, s: 0.008 },
      { family: "constant", T: 10, beta: 1 },
      { family: "custom", betas: [0.1, 0.2, 0.5] },
    ];
    expect(compare.map((spec) => encodeSettings({ ...D, compare: spec }))).toEqual([
      "v=1&cmp=linear,1000,1e-4,0.02",
      "v=1&cmp=sigmoid,50,0,1",
      "v=1&cmp=cosine,200,8e-3",
      "v=1&cmp=constant,10,1",
      "v=1&cmp=custom,0.1,0.2,0.5",
    ]);
    for (const spec of compare) {
      const settings = { ...D, compare: spec };
      expect(decodeSettings(encodeSettings(settings))).toEqual({ settings, notices: [] });
    }
  });

  it("leave out what a schedule or data set does not use", () => {
    // β_start of the default linear schedule means nothing to a cosine schedule.
    expect(decodeSettings("sched=cosine&b0=0.3").settings).toEqual(ONE_KEY_CHANGED.sched.settings);
  });
});

/** Decodes a hash and returns the settings and the notices' keys and messages. */
function decode(hash: string) {
  const { settings, notices } = decodeSettings(hash);
  return { settings, keys: notices.map((n) => n.key), messages: notices.map((n) => n.message) };
}

describe("decodeSettings corrects what it cannot use, and says so", () => {
  it("clamps a T that is too large, naming T", () => {
    const { settings, keys, messages } = decode("v=1&T=999999");
    expect(scheduleLength(settings.schedule)).toBe(10_000);
    expect(keys).toEqual(["T"]);
    expect(messages).toEqual(["T must be a whole number from 1 to 10000; using 10000"]);
  });

  it("clamps numbers beyond either bound, infinities included", () => {
    expect(decode("eta=1.5").settings.sampler.eta).toBe(1);
    expect(decode("lr=0").settings.training.lr).toBe(1e-6);
    expect(decode("seed=-3").settings.seed).toBe(0);
    expect(decode("n=1e999").settings.dataset).toEqual({ kind: "points", name: "moons", n: 10_000 });
    expect(decode("speed=-1e999").messages).toEqual([
      "the playback speed must be a number from 0.1 to 10; using 0.1",
    ]);
  });

  it("falls back to the default for a value of the wrong kind", () => {
    const bogus = decode("sched=bogus");
    expect(bogus.settings).toEqual(D);
    expect(bogus.messages).toEqual([
      'the schedule must be one of linear, scaled_linear, cosine, sigmoid, constant, custom (the link says "bogus"); using linear',
    ]);
    expect(decode("eta=abc")).toMatchObject({ settings: D, keys: ["eta"] });
    expect(decode("T=12.5")).toMatchObject({ settings: D, keys: ["T"] });
    expect(decode("T=0x10")).toMatchObject({ settings: D, keys: ["T"] });
    expect(decode("T=")).toMatchObject({ settings: D, keys: ["T"] });
    expect(decode("clip=on")).toMatchObject({ settings: D, keys: ["clip"] });
  });

  it("clamps t and the reconstruction start to the link's T", () => {
    const { settings, keys } = decode("t=500&T=100&t0=150");
    expect(settings.t).toBe(100);
    expect(settings.reverse.tStart).toBe(100);
    expect(keys).toEqual(["t0", "t"]);
    // Left out, both default to at most T, without a notice.
    expect(decode("T=10")).toMatchObject({ keys: [], settings: { t: 10, reverse: { tStart: 10 } } });
    expect(decode("sched=custom&betas=0.1,0.2&t=3").settings.t).toBe(2);
  });

  it("clamps custom betas to [0, 1] and keeps at most 1000", () => {
    expect(decode("sched=custom&betas=0.1,2,-1").settings.schedule).toEqual({
      family: "custom",
      betas: [0.1, 1, 0],
    });
    const long = decode(`sched=custom&betas=${Array(1500).fill("0.01").join(",")}`);
    expect(scheduleLength(long.settings.schedule)).toBe(1000);
    expect(long.messages).toEqual(["the custom betas may hold 1000 values; using the first 1000"]);
    expect(decode("sched=custom&betas=0.1,,0.2")).toMatchObject({
      keys: ["betas"],
      settings: { schedule: { family: "custom" } },
    });
  });

  it("drops a comparison schedule it cannot read, saying so", () => {
    for (const raw of [
      "bogus,1",
      "cosine",
      "cosine,200",
      "cosine,200,2",
      "linear,0,0.1,0.2",
      "custom,",
      "custom,0.1,x",
    ]) {
      const { settings, keys, messages } = decode(`cmp=${raw}`);
      expect(settings).toEqual(D);
      expect(keys).toEqual(["cmp"]);
      expect(messages[0]).toMatch(
        /^the pinned comparison schedule must be a family and its numbers, .*; using no comparison$/,
      );
    }
    expect(decode(`cmp=custom,${Array(1001).fill("0.1").join(",")}`).settings.compare).toBeNull();
    expect(decode(`cmp=custom,${Array(1000).fill("0.1").join(",")}`).keys).toEqual([]);
  });

  it("ignores unknown keys and repeated keys after the first", () => {
    expect(decode("foo=bar&x&=1&&T=300&T=400&#=")).toMatchObject({
      keys: [],
      settings: { schedule: { T: 300 } },
    });
  });

  it("opens the calculator on a problem it knows, with the typed inputs, and drops what it cannot read", () => {
    const edits = { trainingStep: { lr: "0.1", xClean: "1, 2; 3, 4" } };
    const link = `calc=trainingStep&cin=${encodeURIComponent(JSON.stringify(edits))}`;
    expect(decode(link)).toMatchObject({
      keys: [],
      settings: { calculator: { open: "trainingStep", edits } },
    });
    expect(decode("calc=bogus")).toMatchObject({ keys: ["calc"], settings: { calculator: { open: null } } });
    for (const raw of [
      "{",
      "[]",
      '{"bogus":{"x":"1"}}',
      '{"losses":{}}',
      '{"losses":{"x 0":"1"}}',
      '{"losses":{"__proto__":"1"}}',
      '{"losses":{"t":3}}',
      `{"losses":{"t":"${"9".repeat(1001)}"}}`,
    ]) {
      const { settings, keys, messages } = decode(`cin=${encodeURIComponent(raw)}`);
      expect(settings).toEqual(D);
      expect(keys).toEqual(["cin"]);
      expect(messages).toEqual([
        "the calculator inputs could not be read (the link may be cut off or damaged); using each problem's example",
      ]);
    }
  });

  it("writes the same calculator inputs as the same link, whatever order they were typed in", () => {
    const calculator = (edits: Settings["calculator"]["edits"]) => ({
      ...D,
      calculator: { open: null, edits },
    });
    const typed = encodeSettings(calculator({ trainingStep: { seed: "3", lr: "0.1" }, losses: { t: "2" } }));
    expect(encodeSettings(calculator({ losses: { t: "2" }, trainingStep: { lr: "0.1", seed: "3" } }))).toBe(
      typed,
    );
    expect(decodeURIComponent(typed)).toBe(
      'v=1&cin={"losses":{"t":"2"},"trainingStep":{"lr":"0.1","seed":"3"}}',
    );
  });

  it("uses the default data set, with a notice, when the drawing is missing or corrupt", () => {
    expect(decode("data=drawn")).toMatchObject({ settings: { dataset: D.dataset }, keys: ["data"] });
    const corrupt = decode("data=drawn&draw=AAAA!");
    expect(corrupt.settings.dataset).toEqual(D.dataset);
    expect(corrupt.keys).toEqual(["draw", "data"]);
    expect(corrupt.messages[0]).toBe(
      "the drawn points could not be read (the link may be cut off or damaged); ignoring them",
    );
  });
});

describe("hostile links", () => {
  const HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "%E0%A4%A",
    "%",
    "\u202e\u0000\ud800",
    "x".repeat(100_000),
    "9".repeat(400),
    "1e-999999",
  ];

  it.each(HOSTILE)("never throw, and quote at most 24 characters: %#", (value) => {
    for (const key of [...URL_KEY_ORDER, "v"]) {
      for (const hash of [`${key}=${value}`, `${key}=${percentEncoded(value)}`]) {
        const { settings, notices } = decodeSettings(hash);
        expect(isValidSettings(settings)).toBe(true);
        for (const notice of notices) {
          if (value.length > 24) expect(notice.message).not.toContain(value.slice(0, 25));
          expect(notice.message.length).toBeLessThan(300);
          expect(notice.message).not.toMatch(/\p{C}/u); // no control, bidi or lone surrogate characters
        }
      }
    }
  });

  it("reports a broken %-escape as unreadable", () => {
    expect(decode("sched=%E0%A4%A").messages).toEqual([
      "the schedule could not be read (a broken %-escape); using the default",
    ]);
  });
});

describe("versions", () => {
  it("read a link without v as version 1, and a newer one as far as they can, with a notice", () => {
    expect(decode("T=300").settings).toEqual(decode("v=1&T=300").settings);
    const newer = decode("v=2&T=300&zz=1");
    expect(newer.settings.schedule).toMatchObject({ T: 300 });
    expect(newer.keys).toEqual(["v"]);
    expect(decode("v=abc").keys).toEqual(["v"]);
  });

  it("run a link through the migrations from its version up to the current one", () => {
    const renameSteps: Migration = (params) =>
      new Map([...params].map(([key, value]) => [key === "stepCount" ? "steps" : key, value]));
    const migrated = migrate(new Map([["stepCount", "50"]]), 1, { 1: renameSteps }, 2);
    expect([...migrated]).toEqual([["steps", "50"]]);
    expect(migrate(migrated, 2, { 1: renameSteps }, 2)).toBe(migrated);
  });
});

describe("links that cannot carry everything", () => {
  it("leave out a drawing that is too large and report it instead of cutting it short", () => {
    const points = Array.from({ length: 2 * (MAX_DRAWN_POINTS + 600) }, (_, i) => (i % 200) / 100);
    const { hash, problems } = encodeLink({ ...D, dataset: { kind: "drawn", points } });
    expect(hash).toBe("v=1&data=drawn");
    expect(problems).toEqual([
      {
        key: "draw",
        message:
          "this drawing has 2600 points; links can carry 2000 — simplify it or use a built-in data set",
      },
    ]);
    expect(encodeLink(D).problems).toEqual([]);
  });

  it("rejects a huge run of digits without backtracking (found by review: 100k digits took 11 s)", () => {
    const { settings, notices } = decodeSettings(`T=${"1".repeat(100_000)}x&eta=${"9".repeat(100_000)}`);
    expect(settings.schedule).toEqual(DEFAULT_SETTINGS.schedule);
    expect(notices.map((n) => n.key).sort()).toEqual(["T", "eta"]);
  });
});

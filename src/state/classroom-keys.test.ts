import { describe, expect, it } from "vitest";
import { CONTROL_IDS, DEFAULT_VIEW, PANEL_IDS } from "./classroom";
import { DEFAULT_SETTINGS } from "./settings";
import { decodeSettings, encodeSettings } from "./url-codec";

const D = DEFAULT_SETTINGS;
const decode = (hash: string) => {
  const { settings, notices } = decodeSettings(hash);
  return { settings, keys: notices.map((n) => n.key), messages: notices.map((n) => n.message) };
};

describe("the hide list and the panel list in links", () => {
  it("write sets in their vocabulary's order, whatever order they were chosen in", () => {
    const view = {
      ...DEFAULT_VIEW,
      present: true,
      panels: ["forward", "loss"] as const,
      hidden: ["top.seed", "loss.training"] as const,
    };
    expect(encodeSettings({ ...D, view })).toBe(
      "v=1&present=1&panels=forward,loss&hide=top.seed,loss.training",
    );
  });

  it("read any order and repeats as the same set, without a notice", () => {
    const { settings, keys } = decode("hide=loss.training,top.seed,loss.training&panels=loss,forward");
    expect(keys).toEqual([]);
    expect(settings.view.hidden).toEqual(["top.seed", "loss.training"]);
    expect(settings.view.panels).toEqual(["forward", "loss"]);
  });

  it("drop words they do not know, saying so", () => {
    const { settings, keys, messages } = decode("hide=forward.speed,bogus");
    expect(settings.view.hidden).toEqual(["forward.speed"]);
    expect(keys).toEqual(["hide"]);
    expect(messages[0]).toBe(
      'the hidden controls must be control names such as forward.speed, separated by commas (the link says "forward.speed,bogus"); using forward.speed',
    );
  });

  it("keep a long list out of the notice", () => {
    const { messages } = decode(`hide=${CONTROL_IDS.join(",")},x`);
    expect(messages[0]).toMatch(new RegExp(`using the ${CONTROL_IDS.length} it knows$`));
  });

  it("show every panel when the link names none it knows", () => {
    for (const raw of ["", "bogus", ",,"]) {
      const { settings, keys } = decode(`panels=${raw}`);
      expect(settings.view.panels).toEqual(PANEL_IDS);
      expect(keys).toEqual(["panels"]);
    }
  });

  it("read an empty hide list as nothing hidden", () => {
    expect(decode("hide=")).toMatchObject({ keys: [], settings: { view: { hidden: [] } } });
  });
});

describe("flags and the lesson in links", () => {
  it("read 1 and 0, and fall back to off for anything else", () => {
    expect(decode("present=1&slow=1").settings.view).toMatchObject({ present: true, slow: true });
    expect(decode("present=0").keys).toEqual([]);
    expect(decode("present=yes")).toMatchObject({
      keys: ["present"],
      settings: { view: { present: false } },
    });
  });

  it("read a known lesson with its step, and no lesson for an unknown one", () => {
    expect(decode("lesson=memorization&step=2").settings.lesson).toEqual({ id: "memorization", step: 2 });
    expect(decode("lesson=bogus&step=2")).toMatchObject({ keys: ["lesson"], settings: { lesson: null } });
    expect(decode("step=3").settings.lesson).toBeNull();
    expect(decode("lesson=train&step=99").settings.lesson).toEqual({ id: "train", step: 20 });
  });

  it("leave the step out of a link without a lesson, and step 1 out of one with it", () => {
    expect(encodeSettings({ ...D, lesson: { id: "train", step: 1 } })).toBe("v=1&lesson=train");
  });
});

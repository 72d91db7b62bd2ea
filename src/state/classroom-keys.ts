/**
 * How the classroom settings look in a link: `present=1`, `slow=1`, `panels=forward,reverse`,
 * `hide=forward.speed,schedule.presets`, `lesson=schedules`. Lists are written in their vocabulary's order,
 * so every set has one spelling; reading forgives order and repeats, and drops unknown words with a notice.
 */
import { orderedSubset } from "./classroom";
import { rejected, type KeySpec } from "./url-values";

/** An on/off key: `1` or `0`. */
export function flagKey(label: string): KeySpec<boolean, unknown> {
  return {
    label,
    fallback: () => false,
    parse: (raw) =>
      raw === "1" || raw === "0" ? { value: raw === "1" } : rejected("1 (on) or 0 (off)", raw, false, "off"),
    write: (on) => (on ? "1" : "0"),
  };
}

/**
 * A set of words from `options`, comma-separated. `expected` describes the words for notices (the full
 * vocabulary may be too long to quote); with `nonEmpty`, a list that names none of them means the fallback.
 */
export function subsetKey<O extends string>(
  label: string,
  options: readonly O[],
  fallback: readonly O[],
  expected: string,
  nonEmpty = false,
): KeySpec<readonly O[], unknown> {
  // A notice quotes the kept words only while they are few: a long list would swamp it.
  const describe = (list: readonly O[]) =>
    list.length === 0 ? "none" : list.length <= 3 ? list.join(",") : `the ${list.length} it knows`;
  return {
    label,
    fallback: () => fallback,
    parse: (raw) => {
      const words = raw === "" ? [] : raw.split(",");
      const known = orderedSubset(words, options);
      const value = nonEmpty && known.length === 0 ? fallback : known;
      const unknown = words.some((word) => !(options as readonly string[]).includes(word));
      if (unknown || value !== known) return rejected(expected, raw, value, describe(value));
      return { value };
    },
    write: (list) => list.join(","),
  };
}

/** One word of `options`, or none (an absent key). */
export function optionalChoiceKey<O extends string>(
  label: string,
  options: readonly O[],
): KeySpec<O | null, unknown> {
  return {
    label,
    fallback: () => null,
    parse: (raw) =>
      (options as readonly string[]).includes(raw)
        ? { value: raw as O }
        : rejected(`one of ${options.join(", ")}`, raw, null, "none"),
    write: (value) => value ?? "",
  };
}

import { subscriptParts } from "./subscripts";

/** Text with its "_t" and "_{t−1}" parts set as subscripts. */
export function Subscripted({ text }: { text: string }) {
  return (
    <>{subscriptParts(text).map((part, i) => (part.sub ? <sub key={i}>{part.text}</sub> : part.text))}</>
  );
}

import { useEffect, useRef, useState } from "react";

/**
 * The width of an element in CSS pixels, kept up to date; charts lay themselves out to it so their text
 * stays at its true size (a scaled viewBox would shrink tick labels below projector size).
 */
export function useWidth<E extends HTMLElement>(initial: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

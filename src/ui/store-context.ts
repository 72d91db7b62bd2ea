import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { AppState, AppStore } from "../state/store";

/** The app's store, provided once at the root (tests and the e2e hook can reach the same instance). */
export const StoreContext = createContext<AppStore | null>(null);

/** The store itself, for event handlers and canvas subscriptions that must not re-render React. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore needs a <StoreContext.Provider> above it");
  return store;
}

/** One value from the store; the component re-renders only when that value changes. */
export function useApp<U>(selector: (state: AppState) => U): U {
  return useStore(useAppStore(), selector);
}

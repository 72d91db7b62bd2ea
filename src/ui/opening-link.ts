import { createContext } from "react";

/**
 * Whether the link the page was opened with asks to open paused (see linkOpensPaused), read from the hash
 * as the user opened it: the URL sync soon rewrites the hash in full (a default t = T included), so a
 * later look at location.hash cannot tell whether the link named t.
 */
export const OpensPausedContext = createContext(false);

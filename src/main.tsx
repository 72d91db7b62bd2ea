import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/atkinson-hyperlegible/400.css";
import "@fontsource/atkinson-hyperlegible/700.css";
import "@fontsource/jetbrains-mono/400.css";
import { createAppStore } from "./state/store";
import { decodeSettings } from "./state/url-codec";
import { startUrlSync } from "./state/url-sync";
import { App } from "./ui/App";
import { linkOpensPaused } from "./ui/forward/playback";
import { expandLessonLink } from "./ui/lessons/lesson-links";
import { OpensPausedContext } from "./ui/opening-link";
import { StoreContext } from "./ui/store-context";
import "./ui/theme.css";
import { createCoreClient } from "./worker/client";

const client = createCoreClient();
// Start from the link's settings, so the first forward run is already the one the link asks for; a lesson
// link stands for its step's settings.
const link = expandLessonLink(window.location.hash).hash;
// Read before the URL sync rewrites the hash: whether the link as opened named t (or a lesson).
const opensPaused = linkOpensPaused(window.location.hash);
const { store } = createAppStore({ client, autoTrain: true }, decodeSettings(link).settings);
startUrlSync(store, window, expandLessonLink);
// The e2e suite drives the store and the worker's test hooks through this handle.
Object.assign(window, { diffusionPlayground: { store, client } });

const root = document.getElementById("root");
if (!root) throw new Error("index.html lost its #root element");
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <OpensPausedContext.Provider value={opensPaused}>
        <App />
      </OpensPausedContext.Provider>
    </StoreContext.Provider>
  </StrictMode>,
);

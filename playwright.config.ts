import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Playwright cannot download its browsers on our machines, so we drive Debian's Chromium when it is there
 * (CHROMIUM_PATH overrides the path); elsewhere Playwright's own browser is used.
 */
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

/**
 * The built app is served from a sub-path, as on a course page, to prove dist/ works there. E2E_PORT and
 * E2E_DIST let two checkouts (or two people) run the suite side by side without sharing a server or build.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? "dist";
const SUB_PATH = "/course/playground/";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    trace: "retain-on-failure",
    viewport: { width: 1280, height: 720 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          executablePath,
          // Our machines have no network: these flags stop Chromium's background calls home.
          args: [
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${DIST} && npx vite preview --strictPort --port ${PORT} --base ${SUB_PATH} --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});

import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any sub-path (a course page, GitHub Pages).
  base: "./",
  plugins: [react()],
  build: {
    target: "es2022",
  },
  worker: {
    format: "es",
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});

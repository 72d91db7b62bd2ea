import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/**
 * The layers point one way: core <- worker <- state <- ui. Each layer may not import the ones above it;
 * these patterns make a wrong-way import a lint error rather than a habit.
 */
const layerRule = (forbidden, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: forbidden, message }] }],
});
const UI_LIBRARIES = ["react", "react-dom", "react-dom/*", "zustand", "zustand/*", "d3-selection", "katex"];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.tsx", "src/ui/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/core/**/*.ts"],
    rules: layerRule(
      [...UI_LIBRARIES, "**/worker/**", "**/state/**", "**/ui/**"],
      "src/core is pure math: no UI library, no worker, store or UI module.",
    ),
  },
  {
    files: ["src/worker/**/*.ts"],
    rules: layerRule([...UI_LIBRARIES, "**/state/**", "**/ui/**"], "src/worker hosts the core only."),
  },
  {
    files: ["src/state/**/*.ts"],
    rules: layerRule(
      ["react-dom", "react-dom/*", "d3-selection", "**/ui/**"],
      "src/state must not reach into the UI.",
    ),
  },
);

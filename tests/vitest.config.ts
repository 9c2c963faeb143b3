import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "tests/crash/**", "node_modules/**"],
    setupFiles: ["tests/setup/fresh-database.ts", "tests/setup/fail-on-console-error.ts"],
    environment: "node",
    testTimeout: 20_000,
    // Saving a version pre-renders its copies (app/web/pdf.server.ts); only its own test turns it on.
    env: { PDF_PRERENDER: "0" },
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "tests/crash/**", "node_modules/**"],
    setupFiles: ["tests/setup/fresh-database.ts", "tests/setup/fail-on-console-error.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});

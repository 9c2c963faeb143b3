import { defineConfig } from "vitest/config";

/** The crash harness (npm run test:crash): minutes long, so kept out of `npm test`; .ci/run runs both. */
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/crash/**/*.test.ts"],
    setupFiles: ["tests/setup/fresh-database.ts", "tests/setup/fail-on-console-error.ts"],
    environment: "node",
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});

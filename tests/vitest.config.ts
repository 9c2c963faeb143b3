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
    // The PDF pool is replaced past an RSS threshold meant for the server: a test process holds far
    // more than a server (the suite, the built handler), so only the recycling test turns it on.
    env: { PDF_PRERENDER: "0", PDF_RECYCLE_RSS_MB: "0" },
  },
});

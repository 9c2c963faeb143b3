import { afterEach, beforeEach, vi } from "vitest";

// An error logged during a test is a failure, even when the test's own assertions pass.
let logged: unknown[][] = [];

beforeEach(() => {
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (logged.length) throw new Error(`console.error was called: ${logged.map((a) => a.join(" ")).join("\n")}`);
});

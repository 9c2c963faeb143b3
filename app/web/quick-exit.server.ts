import { safeRedirect } from "./auth.server";

/**
 * Where Quick exit sends the browser: a neutral page (QUICK_EXIT_URL). Only a same-site path or
 * an https address is accepted; anything else falls back to our own neutral weather page, which
 * needs no network.
 */
export const DEFAULT_QUICK_EXIT_URL = "/weather";

export function quickExitUrl(value = process.env.QUICK_EXIT_URL): string {
  if (!value) return DEFAULT_QUICK_EXIT_URL;
  if (value.startsWith("/")) return safeRedirect(value, DEFAULT_QUICK_EXIT_URL);
  try {
    if (new URL(value).protocol === "https:") return value;
  } catch {
    // not a URL: fall back below
  }
  return DEFAULT_QUICK_EXIT_URL;
}

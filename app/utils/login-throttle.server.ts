import { normaliseEmail } from "../models/user.server";

/**
 * Failed-login limit: after 10 failures within a minute for one account, or from one address,
 * further attempts are refused (429) until the minute has passed. Counted in memory: the app runs
 * as one process, and a restart forgetting the counts costs an attacker a restart they cannot cause.
 */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MS = 60 * 1000;
/** Above this many keys, old ones are swept, so a spray of made-up emails cannot grow memory without end. */
const SWEEP_ABOVE_KEYS = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - LOGIN_WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** True when any of the keys (account, address) already has the limit of recent failures. */
  isBlocked(keys: string[]): boolean {
    return keys.some((key) => this.recent(key).length >= LOGIN_FAILURE_LIMIT);
  }

  recordFailure(keys: string[]): void {
    if (this.failures.size > SWEEP_ABOVE_KEYS) for (const key of [...this.failures.keys()]) this.recent(key);
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }
}

/** The one throttle of this server process. */
export const loginThrottle = new LoginThrottle();

export const throttleKeys = (email: string, address: string | undefined) =>
  [`account:${normaliseEmail(email)}`, ...(address ? [`address:${address}`] : [])];

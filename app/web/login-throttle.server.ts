import { normaliseEmail } from "../models/user.server";

/**
 * Password-attempt limit: after 10 attempts that were not a success within a minute for one
 * account, or from one address, further attempts are refused (429) until the minute has passed.
 * An attempt counts the moment it starts, before the password is checked, so attempts sent all at
 * once count as much as attempts sent one by one; a successful one is then taken off again.
 * Counted in memory: the app runs as one process, and a restart forgetting the counts costs an
 * attacker a restart they cannot cause.
 */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MS = 60 * 1000;
/** Above this many keys, old ones are swept, so a spray of made-up emails cannot grow memory without end. */
const SWEEP_ABOVE_KEYS = 10_000;

export interface Attempt {
  /** The password was right: this attempt no longer counts against the limit. */
  succeeded(): void;
}

export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - LOGIN_WINDOW_MS;
    const kept = (this.attempts.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.attempts.set(key, kept);
    else this.attempts.delete(key);
    return kept;
  }

  /**
   * Starts an attempt for the keys (account, address): counted at once, or undefined (nothing
   * counted) when one of the keys already has the limit of recent attempts.
   */
  begin(keys: string[]): Attempt | undefined {
    if (this.attempts.size > SWEEP_ABOVE_KEYS) for (const key of [...this.attempts.keys()]) this.recent(key);
    if (keys.some((key) => this.recent(key).length >= LOGIN_FAILURE_LIMIT)) return undefined;
    const at = this.now();
    for (const key of keys) this.attempts.set(key, [...this.recent(key), at]);
    return {
      succeeded: () => {
        for (const key of keys) {
          const times = this.attempts.get(key);
          const index = times?.indexOf(at) ?? -1;
          if (index >= 0) times!.splice(index, 1);
        }
      },
    };
  }
}

/** The login form's throttle, and the unlock page's (the provider's password after a hand-over). */
export const loginThrottle = new LoginThrottle();
export const unlockThrottle = new LoginThrottle();

export const throttleKeys = (email: string, address: string | undefined) =>
  [`account:${normaliseEmail(email)}`, ...(address ? [`address:${address}`] : [])];

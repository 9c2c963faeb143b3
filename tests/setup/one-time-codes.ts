import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Secret, TOTP } from "otpauth";

/*
 * The authenticator app of the test accounts. A code is accepted once, for one step either side
 * of now (RFC 6238), so logins in quick succession take the next unused step of that window, and
 * once those are used up a recovery code: no test waits for the clock.
 * The step before now stays good only until the next step begins, and a code is checked a moment
 * after it is made (typed, sent, answered), so that step is offered only while this much of the
 * current step is left.
 */

export interface AppState {
  secret: string;
  lastStep: number | null;
  recoveryCodes: string[];
}

const PERIOD_MS = 30_000;
const PREVIOUS_STEP_MARGIN_MS = 10_000;
const memory = new Map<string, AppState>();

/** Where the states live: in this process, or in a file when several processes share the accounts (the browser tests). */
const stateFile = () => process.env.E2E_TOTP_STATE;

function load(): Map<string, AppState> {
  const file = stateFile();
  if (!file) return memory;
  return new Map(existsSync(file) ? (Object.entries(JSON.parse(readFileSync(file, "utf8"))) as [string, AppState][]) : []);
}

function save(states: Map<string, AppState>) {
  const file = stateFile();
  if (file) writeFileSync(file, JSON.stringify(Object.fromEntries(states)));
}

/** Records the app of an account that just enrolled, with the key shown on the page and the recovery codes shown after. */
export function rememberApp(email: string, key: string, recoveryCodes: string[], usedStep: number) {
  const states = load();
  states.set(email, { secret: key.replace(/\s/g, ""), lastStep: usedStep, recoveryCodes });
  save(states);
}

export function hasApp(email: string): boolean {
  return load().has(email);
}

/** The code to type for the first enrolment of `key`, and the step it belongs to. */
export function enrolmentCode(key: string, now = Date.now()): { code: string; step: number } {
  const step = Math.floor(now / PERIOD_MS);
  return { code: codeAt(key.replace(/\s/g, ""), step), step };
}

const codeAt = (secret: string, step: number) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: step * PERIOD_MS });

/** The next code the account's app would give that the server has not seen: a TOTP code, or else a recovery code. */
export function nextLoginCode(email: string, now = Date.now()): string {
  const states = load();
  const state = states.get(email);
  if (!state) throw new Error(`no authenticator app for ${email}: enrol it first`);
  const current = Math.floor(now / PERIOD_MS);
  const previousStillGood = (current + 1) * PERIOD_MS - now >= PREVIOUS_STEP_MARGIN_MS;
  const steps = previousStillGood ? [current - 1, current, current + 1] : [current, current + 1];
  const step = steps.find((s) => state.lastStep === null || s > state.lastStep);
  let code: string;
  if (step !== undefined) {
    state.lastStep = step;
    code = codeAt(state.secret, step);
  } else {
    const recovery = state.recoveryCodes.shift();
    if (!recovery) throw new Error(`${email} has used every code of this window and every recovery code`);
    code = recovery;
  }
  save(states);
  return code;
}

import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/*
 * New passwords are checked against the ~49,000 most common passwords of public breach corpora
 * and the diceware list (@zxcvbn-ts/language-common), and against patterns an attacker tries
 * first (repeats, sequences, keyboard walks, dates, common words with digits or l33t): zxcvbn's
 * estimate must reach score 3 ("safely unguessable", about 10^8 guesses). Decision 032.
 */
// Built on the first check, not at import: ranking the dictionaries takes ~0.5 s of CPU, which
// every server start paid before it could answer (issue 13: start-up ≤ 1.5 s). Only setting a
// new password needs it.
let estimator: ZxcvbnFactory | undefined;

/** The lowest zxcvbn score a new password may have. */
export const MIN_PASSWORD_SCORE = 3;

/** Whether a new password is too easy to guess; `context` holds words of this account (its email, its name). */
export function isGuessablePassword(password: string, context: string[] = []): boolean {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, context).score < MIN_PASSWORD_SCORE;
}

import { z } from "zod";

/** Password length rules, shared by the login form (in the browser) and account creation. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** A new password: 12 to 128 characters, any characters (ASVS: no composition rules). */
export const passwordSchema = z
  .string({ error: "Please enter a password." })
  .min(PASSWORD_MIN_LENGTH, { error: `Please use at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { error: `Please use at most ${PASSWORD_MAX_LENGTH} characters.` });

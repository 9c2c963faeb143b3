import * as z from "zod/mini";

/** Password length rules, shared by the login and account forms (their fields' limits and their actions' schemas) and account creation. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

type PasswordMessages = { enterPassword: string; passwordTooShort: (min: number) => string; passwordTooLong: (max: number) => string };

/** A new password: 12 to 128 characters, any characters (ASVS: no composition rules), with messages in the interface language. */
export const passwordSchemaWith = (m: PasswordMessages) =>
  z
    .string({ error: m.enterPassword })
    .check(
      z.minLength(PASSWORD_MIN_LENGTH, { error: m.passwordTooShort(PASSWORD_MIN_LENGTH) }),
      z.maxLength(PASSWORD_MAX_LENGTH, { error: m.passwordTooLong(PASSWORD_MAX_LENGTH) }),
    );

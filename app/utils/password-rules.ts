/** Password length rules, shared by the login form (in the browser) and account creation. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The roles an account can have. Apart from the schema so that pages (the admin's account form)
 * can list them without bringing drizzle into the browser bundle.
 */
export const USER_ROLES = ["provider", "supervisor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

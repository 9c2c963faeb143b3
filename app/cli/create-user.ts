/**
 * Creates an account from the command line:
 *   npm run user:create -- --agency "Agency name" --email a@example.org --name "Display name" --role provider
 * The password is read from NEW_USER_PASSWORD, or generated and printed once.
 * --new-agency creates the agency first; without it the agency must exist.
 */
import { parseArgs } from "node:util";
import * as z from "zod/mini";
import { USER_ROLES } from "../../db/schema";
import { createOrganization, createUser, emailTaken, findOrganizationByName } from "../models/user.server";
import { DATABASE_PATH } from "../models/db.server";
import { generatePassword } from "../utils/password.server";
import { isGuessablePassword } from "../utils/password-strength.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../utils/password-rules";

const argsSchema = z.object({
  agency: z.string({ error: "--agency is required" }).check(z.trim(), z.minLength(1, { error: "--agency is required" })),
  email: z.email({ error: "--email must be an email address" }),
  name: z.string({ error: "--name is required" }).check(z.trim(), z.minLength(1, { error: "--name is required" })),
  role: z.enum(USER_ROLES, { error: `--role must be one of ${USER_ROLES.join(", ")}` }),
  "new-agency": z._default(z.boolean(), false),
  password: z.optional(
    z
      .string()
      .check(
        z.minLength(PASSWORD_MIN_LENGTH, { error: `NEW_USER_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters` }),
        z.maxLength(PASSWORD_MAX_LENGTH, { error: `NEW_USER_PASSWORD must have at most ${PASSWORD_MAX_LENGTH} characters` }),
      ),
  ),
});

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    agency: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "provider" },
    "new-agency": { type: "boolean" },
  },
  strict: true,
});
const parsed = argsSchema.safeParse({ ...values, password: process.env.NEW_USER_PASSWORD || undefined });
if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("; "));
const args = parsed.data;

const existing = findOrganizationByName(args.agency);
if (existing && args["new-agency"]) fail(`an agency named "${args.agency}" exists already; leave out --new-agency`);
if (!existing && !args["new-agency"]) fail(`no agency named "${args.agency}"; add --new-agency to create it`);
if (existing && emailTaken(existing.id, args.email)) fail(`an account with the email ${args.email} exists already in "${args.agency}"`);
if (args.password && isGuessablePassword(args.password, [args.email, args.name])) {
  fail("NEW_USER_PASSWORD is too common or too easy to guess; use a longer phrase of unrelated words");
}

const orgId = existing?.id ?? createOrganization(args.agency);
const password = args.password ?? generatePassword();
await createUser({ orgId, email: args.email, displayName: args.name, role: args.role, password });
console.log(`Created ${args.role} ${args.email} in "${args.agency}" (database ${DATABASE_PATH}).`);
if (!args.password) console.log(`${args.email} / ${password}`);

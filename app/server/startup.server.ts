import { hasAnyOrganization } from "../models/user.server";
import { DATABASE_PATH } from "../models/db.server";
import { seedDemo } from "./demo-seed.server";

/**
 * Runs once when the server starts: the database is opened and migrated by importing db.server;
 * on an empty database the demo agency is created and its accounts printed, once, since only
 * their password hashes are kept.
 */
export async function startUp(): Promise<void> {
  if (process.env.SEED_DEMO === "0" || hasAnyOrganization()) return;
  const accounts = await seedDemo();
  console.log(`\nDatabase: ${DATABASE_PATH}\nDemo accounts (shown once; keep them somewhere safe):`);
  for (const a of accounts) console.log(`  ${a.email} / ${a.password}`);
  console.log("");
}

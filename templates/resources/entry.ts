/**
 * A directory entry as a page is sent it by its loader (app/web/resources.server.ts): in the one
 * language the page shows it in, with only what that reader is told. The directory itself
 * (directory.ts, both languages) stays on the server.
 */
export interface ResourceEntry {
  id: string;
  name: string;
  purpose: string;
  whenYouCall: string;
  phone: string | null;
  text: string | null;
  hours: string;
  /** Printed on every plan; cannot be taken off. */
  always: boolean;
  /** The provider's view only: where the number comes from, in words (the youth's view is not asked to judge sources). */
  source?: string;
}

/** What the plan's own view lists of an entry: its name and numbers. */
export type ListedResource = Pick<ResourceEntry, "id" | "name" | "phone" | "text">;

/** The names of directory entries by id, in one language: what compare and a merge choice show of a chosen entry. */
export type ResourceNames = Readonly<Record<string, string>>;

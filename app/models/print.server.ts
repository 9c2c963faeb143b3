import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import { LANGUAGES, planContentSchema, type Language } from "../../templates/csecy-safety-plan";
import { db, schema } from "./db.server";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { planScope } from "./access.server";
import { auditPlanRead } from "./audit.server";

/**
 * What a print request needs before it knows whether the PDF is already made, in one query: the
 * plan within the actor's reach (same scoping as every read) with the youth's name, and the
 * version's language when that version exists. Cheap: neither the draft nor the version's
 * content is parsed (a cached PDF is served without them). undefined when the plan is out of
 * reach; `version` undefined when the plan has no such version.
 */
export function findPlanForPrint(actor: Actor, planId: string, number: number) {
  if (actor.role === "admin") return undefined;
  const row = printLookup(actor.role).get({ planId, number, userId: actor.id, orgId: actor.orgId });
  if (!row) return undefined;
  const language: Language = LANGUAGES.find((l) => l === row.language) ?? "en";
  return { planId: row.planId, youthName: row.youthName, version: row.versionNumber === null ? undefined : { language } };
}

/** findPlanForPrint's query for one role, prepared once (it runs on every print, cached or not). */
function buildPrintLookup(role: "provider" | "supervisor") {
  const subject = { role, id: sql.placeholder("userId"), orgId: sql.placeholder("orgId") };
  return db
    .select({
      planId: schema.plans.id,
      youthName: schema.youth.chosenName,
      versionNumber: schema.planVersions.number,
      language: sql<unknown>`json_extract(${schema.planVersions.content}, '$.about.language')`,
    })
    .from(schema.plans)
    .innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId))
    .leftJoin(
      schema.planVersions,
      and(eq(schema.planVersions.planId, schema.plans.id), eq(schema.planVersions.number, sql.placeholder("number"))),
    )
    .where(and(eq(schema.plans.id, sql.placeholder("planId")), planScope(subject, "read")))
    .prepare();
}
const printLookups = new Map<string, ReturnType<typeof buildPrintLookup>>();
function printLookup(role: "provider" | "supervisor") {
  let query = printLookups.get(role);
  if (!query) printLookups.set(role, (query = buildPrintLookup(role)));
  return query;
}

/**
 * A version as a printed copy needs it, scoped like every read (same agency, care team or
 * supervisor), without recording a version view: printing is audited as "print" instead.
 * `history` lists versions 1..n only, so a copy of version n is the same whenever it is made.
 */
export function getVersionForPrint(actor: Actor, planId: string, number: number) {
  const row = db
    .select({
      number: schema.planVersions.number,
      content: schema.planVersions.content,
      createdAt: schema.planVersions.createdAt,
      note: schema.planVersions.note,
      templateId: schema.planVersions.templateId,
      templateVersion: schema.planVersions.templateVersion,
      authorName: schema.users.displayName,
      youthName: schema.youth.chosenName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId))
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .where(and(eq(schema.planVersions.planId, planId), eq(schema.planVersions.number, number), planScope(actor, "read")))
    .get();
  if (!row) return undefined;
  const history = db
    .select({
      number: schema.planVersions.number,
      createdAt: schema.planVersions.createdAt,
      note: schema.planVersions.note,
      restoredFrom: schema.planVersions.restoredFrom,
      authorName: schema.users.displayName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .where(and(eq(schema.planVersions.planId, planId), lte(schema.planVersions.number, number)))
    .orderBy(asc(schema.planVersions.number))
    .all();
  return {
    ...row,
    content: planContentSchema.parse(JSON.parse(row.content)),
    history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
  };
}

/**
 * Who printed which copy of which version, in which language, and for a trusted-adult copy the
 * copy's record and the person's item id: ids and labels, never content. Resolves once the row is
 * on disk; the flush does not hold the event loop (auditPlanRead).
 */
export function recordPrint(
  actor: Actor,
  planId: string,
  number: number,
  copy: string,
  language: Language,
  adultCopy?: { id: string; personId: string },
): Promise<void> {
  const adult = adultCopy ? ` copy:${adultCopy.id} person:${adultCopy.personId}` : "";
  return auditPlanRead(actor, planId, `v${number} ${copy} ${language}${adult}`, "print");
}

export type AdultCopyResult =
  | { status: "made"; id: string }
  | { status: "not-found" }
  | { status: "unknown-person" }
  | { status: "might-be-linked"; nickname: string };

/**
 * Records a trusted-adult copy of a saved version for one of its people, in the adult's language
 * (the version itself is never rewritten). Refused for a person the provider marked as maybe
 * linked to the person the youth fears, and for anyone not among the version's people.
 */
export function makeAdultCopy(actor: Actor, planId: string, number: number, personId: string, language: Language): AdultCopyResult {
  const version = getVersionForPrint(actor, planId, number);
  if (!version) return { status: "not-found" };
  const person = version.content.people.items.find((p) => p.id === personId);
  if (!person) return { status: "unknown-person" };
  if (person.mightBeLinked) return { status: "might-be-linked", nickname: person.nickname };
  const id = newId();
  db.insert(schema.adultCopies).values({ id, planId, versionNumber: number, personId, language, createdBy: actor.id }).run();
  return { status: "made", id };
}

/** A trusted-adult copy recorded for this version, within the actor's reach. */
export function findAdultCopy(actor: Actor, planId: string, number: number, id: string) {
  const row = db
    .select({ id: schema.adultCopies.id, personId: schema.adultCopies.personId, language: schema.adultCopies.language })
    .from(schema.adultCopies)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.adultCopies.planId))
    .where(
      and(eq(schema.adultCopies.id, id), eq(schema.adultCopies.planId, planId), eq(schema.adultCopies.versionNumber, number), planScope(actor, "read")),
    )
    .get();
  if (!row) return undefined;
  const language: Language = LANGUAGES.find((l) => l === row.language) ?? "en";
  return { ...row, language };
}

/** The trusted-adult copies made of a version, newest first: for whom (item id), in which language, when. */
export function listAdultCopies(actor: Actor, planId: string, number: number) {
  return db
    .select({ id: schema.adultCopies.id, personId: schema.adultCopies.personId, language: schema.adultCopies.language, createdAt: schema.adultCopies.createdAt })
    .from(schema.adultCopies)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.adultCopies.planId))
    .where(and(eq(schema.adultCopies.planId, planId), eq(schema.adultCopies.versionNumber, number), planScope(actor, "read")))
    .orderBy(desc(schema.adultCopies.createdAt))
    .all();
}

import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan";
import { planContentSchema } from "../../templates/csecy-safety-plan/schema";
import type { PdfCopy, PdfInput } from "../../templates/pdf/render";
import { db, schema } from "./db.server";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { planScope, preparedPerRole, scopeParams } from "./access.server";
import { auditPlanRead } from "./audit.server";
import { versionInScope } from "./version.server";

/**
 * What a print request needs before it knows whether the PDF is already made, in one query: the
 * plan within the actor's reach (same scoping as every read) with the youth's name, and the
 * version's language when that version exists. Cheap: neither the draft nor the version's
 * content is parsed (a cached PDF is served without them). undefined when the plan is out of
 * reach; `version` undefined when the plan has no such version.
 */
export function findPlanForPrint(actor: Actor, planId: string, number: number) {
  const row = printLookupQuery(actor.role).get({ planId, number, ...scopeParams(actor) });
  if (!row) return undefined;
  const language: Language = LANGUAGES.find((l) => l === row.language) ?? "en";
  return { planId: row.planId, youthName: row.youthName, version: row.versionNumber === null ? undefined : { language } };
}

/** findPlanForPrint's query: it runs on every print, cached or not. */
const printLookupQuery = preparedPerRole((subject) =>
  db
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
    .prepare(),
);

/**
 * A version as a printed copy needs it, scoped like every read (same agency, care team or
 * supervisor), without recording a version view: printing is audited as "print" instead.
 * `history` lists versions 1..n only, so a copy of version n is the same whenever it is made.
 */
export function getVersionForPrint(actor: Actor, planId: string, number: number) {
  const row = versionForPrintQuery(actor.role).get({ planId, number, ...scopeParams(actor) });
  if (!row) return undefined;
  const history = versionHistoryQuery.all({ planId, number });
  return {
    ...row,
    content: planContentSchema.parse(JSON.parse(row.content)),
    history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
  };
}

const versionForPrintQuery = preparedPerRole((subject) =>
  db
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
    .where(versionInScope(subject))
    .prepare(),
);

/** Versions 1..n of a plan for the copy of version n: read only once versionForPrintQuery found n in reach. */
const versionHistoryQuery = db
  .select({
      number: schema.planVersions.number,
      createdAt: schema.planVersions.createdAt,
      note: schema.planVersions.note,
      restoredFrom: schema.planVersions.restoredFrom,
      authorName: schema.users.displayName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .where(and(eq(schema.planVersions.planId, sql.placeholder("planId")), lte(schema.planVersions.number, sql.placeholder("number"))))
    .orderBy(asc(schema.planVersions.number))
    .prepare();

/** What the worker renders for one copy of a version in a language; undefined when out of reach. */
export function printInput(actor: Actor, planId: string, number: number, copy: PdfCopy, language: Language): PdfInput | undefined {
  const version = getVersionForPrint(actor, planId, number);
  if (!version) return undefined;
  return {
    copy,
    language,
    content: version.content,
    version: {
      number: version.number,
      createdAt: version.createdAt.toISOString(),
      authorName: version.authorName,
      note: version.note,
      templateId: version.templateId,
      templateVersion: version.templateVersion,
    },
    history: version.history,
    youthName: version.youthName,
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
  const row = adultCopyQuery(actor.role).get({ id, planId, number, ...scopeParams(actor) });
  if (!row) return undefined;
  const language: Language = LANGUAGES.find((l) => l === row.language) ?? "en";
  return { ...row, language };
}

/** The trusted-adult copies made of a version, newest first: for whom (item id), in which language, when. */
export function listAdultCopies(actor: Actor, planId: string, number: number) {
  return adultCopiesQuery(actor.role).all({ planId, number, ...scopeParams(actor) });
}

const ofThisVersion = and(
  eq(schema.adultCopies.planId, sql.placeholder("planId")),
  eq(schema.adultCopies.versionNumber, sql.placeholder("number")),
);

const adultCopyQuery = preparedPerRole((subject) =>
  db
    .select({ id: schema.adultCopies.id, personId: schema.adultCopies.personId, language: schema.adultCopies.language })
    .from(schema.adultCopies)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.adultCopies.planId))
    .where(and(eq(schema.adultCopies.id, sql.placeholder("id")), ofThisVersion, planScope(subject, "read")))
    .prepare(),
);

const adultCopiesQuery = preparedPerRole((subject) =>
  db
    .select({ id: schema.adultCopies.id, personId: schema.adultCopies.personId, language: schema.adultCopies.language, createdAt: schema.adultCopies.createdAt })
    .from(schema.adultCopies)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.adultCopies.planId))
    .where(and(ofThisVersion, planScope(subject, "read")))
    .orderBy(desc(schema.adultCopies.createdAt))
    .prepare(),
);

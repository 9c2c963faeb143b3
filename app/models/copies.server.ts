import { CHOSEN_COPIES, PRINT_RULES, printTargets, withChoices, type ChoiceRow, type CopyChoice, type Language, type PlanContent, type PrintTarget } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { copyOutline } from "../../templates/pdf/outline";
import { HOTLINE_ID, neutralName, numbersLine, resourceById } from "../../templates/pdf/resources";
import { pdfText } from "../../templates/pdf/text";
import { db } from "./db.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";
import { writeDraft, type DraftWriteResult } from "./plan.server";

function targetLabel(target: PrintTarget, content: PlanContent, language: Language): string {
  const text = templateText(language);
  const [, first, second] = target.key.split(".");
  const byId = <T extends { id: string }>(items: readonly T[], id: string | undefined) => items.find((i) => i.id === id);
  switch (target.kind) {
    case "status":
      return `${text.fields.about.status}: ${content.about.status ? text.statuses[content.about.status] : ""}`;
    case "safetyMeans":
      return text.fields.about.safetyMeans;
    case "question":
    case "workQuestion":
      return text.youthQuestions[first as keyof typeof text.youthQuestions];
    case "person":
      return byId(content.people.items, first)?.nickname || "\u2014";
    case "codeWord":
      return `${byId(content.people.items, first)?.nickname || "\u2014"}: ${text.fields.people.codeWord}`;
    case "safePlace":
    case "avoidPlace":
      return byId(content.places[first as "safe" | "avoid"], second)?.name || "\u2014";
    case "situation": {
      const s = byId(content.situations.items, first);
      return s ? s.title || text.situations[s.kind].title : "\u2014";
    }
    case "refusal": {
      const r = byId(content.refusal.items, first);
      return r ? r.situation || r.whatIllSay || "\u2014" : "\u2014";
    }
    case "nextMeeting":
      return text.fields.followUp.nextMeeting;
    case "helpLine": {
      // Its neutral name and the numbers, as the notes and the card print them.
      const pdf = pdfText(language);
      const hotline = resourceById(HOTLINE_ID);
      return `${neutralName(hotline, pdf)}: ${numbersLine(hotline, pdf)}`;
    }
    default:
      return text.sections[target.section].title;
  }
}

/** The rows of the choices table, in the plan's language (the youth's). */
export function choiceRows(content: PlanContent): ChoiceRow[] {
  const language = content.about.language;
  const text = templateText(language);
  return printTargets(content).map((t) => ({
    key: t.key,
    sectionTitle: text.sections[t.section].title,
    label: targetLabel(t, content, language),
    offered: PRINT_RULES[t.kind].offered,
    always: PRINT_RULES[t.kind].always ?? [],
    choice: t.choice,
    locked: t.locked ?? false,
    ...(PRINT_RULES[t.kind].caution ? { caution: PRINT_RULES[t.kind].caution } : {}),
  }));
}

/** What each copy will hold, in the copy's words, in the plan's language. */
export function copiesPreview(content: PlanContent) {
  return CHOSEN_COPIES.map((copy) => ({ copy, parts: copyOutline(content, copy, content.about.language) }));
}

/**
 * Saves the choices posted from "What goes on each copy" into the draft: for every thing the
 * draft holds, a copy is chosen when its box was ticked (`<key>:<copy>`) and not otherwise.
 */
export function saveCopyChoices(actor: Actor, planId: string, ticked: ReadonlySet<string>, expectedRevision: number): DraftWriteResult {
  return db.transaction(
    (tx) => {
      const result = writeDraft(tx, actor, planId, expectedRevision, (draft) => {
        const choices = new Map(
          printTargets(draft)
            .filter((t) => !t.locked)
            .map((t) => [t.key, Object.fromEntries(CHOSEN_COPIES.map((c) => [c, ticked.has(`${t.key}:${c}`)])) as CopyChoice]),
        );
        return withChoices(draft, choices);
      });
      if (result.status === "saved") {
        recordAudit({ orgId: actor.orgId, userId: actor.id, action: "section_save", subjectType: "plan", subjectId: planId, detail: "copies" });
      }
      return result;
    },
    { behavior: "immediate" },
  );
}

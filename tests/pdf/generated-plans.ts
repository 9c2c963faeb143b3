import { COPING_IDS, GO_BAG_IDS, SAFER_WORKING_IDS, SITUATION_KINDS, demoPlanContent, type Language, type PlanContent } from "../../templates/csecy-safety-plan";
import { planContentSchema } from "../../templates/csecy-safety-plan/schema";
import { CHOOSABLE_RESOURCE_IDS } from "../../templates/resources/directory";

/*
 * Plans of every size, for layout tests: plan n has about n people, places, situations and
 * refusal lines and answers that grow with n, so the plan's last page ends at a different height
 * for each n (a layout rule must hold for all of them, not only for the demo plan).
 */

const WORDS = {
  en: "I keep my phone charged and I go to the library when things get loud at home and I text my sister".split(" "),
  es: "Tengo el teléfono cargado y voy a la biblioteca cuando hay mucho ruido en casa y le escribo a mi hermana".split(" "),
};

/** `count` words of the language, cycling, starting at `offset`: plain text of a chosen length. */
function words(language: Language, count: number, offset = 0): string {
  const list = WORDS[language];
  return Array.from({ length: count }, (_, i) => list[(i + offset) % list.length]).join(" ");
}

export function generatedPlan(n: number, language: Language): PlanContent {
  const w = (count: number, offset = 0) => words(language, count, offset);
  const people = Array.from({ length: n }, (_, i) => ({
    id: `gen-person-${i}`,
    nickname: `Person${i}`,
    relationship: i % 2 ? "Cousin" : "Coach",
    contact: `555-01${String(i).padStart(2, "0")}`,
    numberKept: "both" as const,
    knowsSituation: i % 3 === 0,
    mightBeLinked: false,
    codeWord: i % 2 ? `word${i}` : "",
    codeWordMeaning: i % 2 ? w(6 + i, i) : "",
    codeWordAction: i % 2 ? w(5, i + 2) : "",
    keepOffPrint: false,
  }));
  const place = (kind: string, i: number) => ({ id: `gen-${kind}-${i}`, name: `${kind} place ${i}`, why: w(4 + 3 * i, i), keepOffPrint: false });
  const content: PlanContent = {
    ...demoPlanContent,
    about: { ...demoPlanContent.about, language, safetyMeans: w(8 + 2 * n) },
    questions: Object.fromEntries(
      Object.entries(demoPlanContent.questions).map(([id, answer], i) => [id, { text: n === 0 && i > 1 ? "" : w(4 + n * 3 + i, i), keepOffPrint: answer.keepOffPrint }]),
    ) as PlanContent["questions"],
    people: { items: people },
    places: {
      safe: Array.from({ length: Math.ceil(n / 2) }, (_, i) => place("safe", i)),
      avoid: Array.from({ length: Math.floor(n / 3) }, (_, i) => place("avoid", i)),
    },
    coping: { chosen: COPING_IDS.slice(0, Math.min(COPING_IDS.length, 1 + n)), own: n > 4 ? [w(5)] : [] },
    "safer-working": { wanted: n % 2 === 1, chosen: n % 2 === 1 ? SAFER_WORKING_IDS.slice(0, 2) : [], own: [] },
    situations: {
      items: Array.from({ length: Math.floor(n / 2) }, (_, i) => ({
        id: `gen-situation-${i}`,
        kind: SITUATION_KINDS[i % SITUATION_KINDS.length]!,
        title: "",
        warningSigns: w(6 + i, i),
        steps: w(10 + 2 * i, i + 1),
        whoToCall: `Person${i}`,
        keepOffPrint: false,
      })),
    },
    "go-bag": { chosen: GO_BAG_IDS.slice(0, Math.min(GO_BAG_IDS.length, 2 + n)), own: [] },
    refusal: {
      items: Array.from({ length: Math.floor(n / 3) }, (_, i) => ({ id: `gen-refusal-${i}`, situation: w(7, i), whatIllSay: w(5, i + 3), keepOffPrint: false })),
    },
    resources: { chosen: CHOOSABLE_RESOURCE_IDS.slice(0, n % (CHOOSABLE_RESOURCE_IDS.length + 1)), own: [] },
  };
  return planContentSchema.parse(content);
}

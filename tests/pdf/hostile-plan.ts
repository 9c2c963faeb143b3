import { demoPlanContent, type PlanContent } from "../../templates/csecy-safety-plan";

/*
 * A plan beyond what the forms accept (LIMITS.longText is 4,000 characters and LIMITS.people 30):
 * the PDF components take any PlanContent, so a hostile or future plan must still print whole.
 * Shared by the text checks (hostile.test.ts) and the pixel comparison (pixels.test.ts).
 */

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(" ");
export const LONG_ANSWER = words(1400, "w").slice(0, 10_000); // 10,000 characters of short words
export const ONE_LONG_WORD = "x".repeat(3_000) + "END";
export const HTML = `<script>alert("pwned")</script><b>bold</b> &amp; <img src=x onerror=alert(1)>`;
export const HEBREW = "שלום עולם, אני בסדר";
export const ARABIC = "مرحبا بالعالم";
export const MIXED = `I said ${HEBREW} to Dee`;
export const EMOJI = "Music 🎧 and my cat 🐱 make me feel better 😀";
export const CONTROL = "a\u0000b\u0007c\u001bd\u202ee\ufefff\u200fg";
/** Chinese, Korean, Arabic and English in one line, with zero-width and joiner characters between. */
export const CJK_MIXED = "放學後我去圖書館 with Dee\u200b, 한국어 친구 مرحبا 123\u2060 谢谢\u200d!";

export function hostilePlan(): PlanContent {
  const people = Array.from({ length: 50 }, (_, i) => ({
    id: `p${i}`,
    nickname: `Person${i}`,
    relationship: i === 0 ? HTML : "Friend",
    contact: i === 1 ? MIXED : `555-01${String(i).padStart(2, "0")}`,
    numberKept: "" as const,
    knowsSituation: i % 2 === 0,
    mightBeLinked: false,
    codeWord: i === 2 ? EMOJI : "",
    codeWordMeaning: i === 3 ? ARABIC : "",
    codeWordAction: i === 4 ? CONTROL : "",
    keepOffPrint: false,
  }));
  return {
    ...demoPlanContent,
    about: { ...demoPlanContent.about, safetyMeans: LONG_ANSWER },
    questions: {
      ...demoPlanContent.questions,
      q1: { text: ONE_LONG_WORD, keepOffPrint: false },
      q5: { text: HTML, keepOffPrint: false },
      q6: { text: `${HEBREW}\n${ARABIC}`, keepOffPrint: false },
      q7: { text: CJK_MIXED, keepOffPrint: false },
      q9: { text: EMOJI, keepOffPrint: false },
    },
    people: { items: people },
    coping: { chosen: ["deep-breathing"], own: [CONTROL, "line one\n\n\n\n\n\n\n\n\n\nline two"] },
  };
}

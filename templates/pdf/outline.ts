import { templateText } from "../csecy-safety-plan/texts";
import type { ChosenCopy } from "../csecy-safety-plan/copies";
import type { PlanContent } from "../csecy-safety-plan/schema";
import { QUESTION_IDS, type Language } from "../csecy-safety-plan/structure";
import { cardLine } from "./card-lines";
import { NEUTRAL_QUESTION_IDS } from "../csecy-safety-plan/copies";
import { chosenContent, printsHelpLine, printsResources } from "./printable";
import { confirmedOn, EMERGENCY_ID, listedResources, listsPlacesThatHelp, HOTLINE_ID, hours, neutralName, numbersLine, planResources, purpose, resourceById, resourceName, whenYouCall } from "./resources";
import type { Resource } from "../resources/directory";
import { formatDay } from "./format";
import { pdfText } from "./text";

/**
 * One part of a copy as the preview lists it: a heading and its lines, in the copy's words. A
 * line's pieces are joined by " · "; each piece reads on the paper as it does here.
 */
export interface OutlinePart {
  title: string;
  lines: string[];
}

/**
 * What a copy will hold, in plain words, from the same filtered content the PDF is drawn from
 * (chosenContent): the preview page shows this before anything prints, and a test proves every
 * line of it is on the PDF and nothing typed is on the PDF that is not here.
 */
export function copyOutline(content: PlanContent, copy: ChosenCopy, language: Language): OutlinePart[] {
  const c = chosenContent(content, copy);
  const text = templateText(language);
  const pdf = pdfText(language);
  const f = text.fields;
  const discreet = copy === "discreet";
  const parts: OutlinePart[] = [];
  const part = (title: string, lines: (string | false | undefined)[]) => {
    const kept = lines.filter((l): l is string => !!l && l.trim() !== "");
    if (kept.length) parts.push({ title, lines: kept });
  };
  const labelled = (label: string, value: string) => value.trim() && `${label}: ${value}`;
  const hotline = resourceById(HOTLINE_ID);
  const emergency = resourceById(EMERGENCY_ID);

  if (copy === "card") {
    part(
      pdf.card.frontTitle,
      c.people.items.map((p) =>
        [cardLine.name(p.nickname), p.contact && cardLine.contact(p.contact), p.codeWord && pdf.card.codeWord(cardLine.codeWord(p.codeWord))]
          .filter(Boolean)
          .join(" · "),
      ),
    );
    if (!c.people.items.length) part(pdf.card.frontTitle, [pdf.card.noPeople]);
    part(pdf.card.backTitle, [
      `${pdf.card.emergency}: ${emergency.phone}`,
      printsHelpLine(c) && `${neutralName(hotline, pdf)} · ${numbersLine(hotline, pdf)} · ${hours(hotline, language)}`,
    ]);
    return parts;
  }

  if (copy === "youth" && c.about.nameOnPlan) part(pdf.youth.title, [pdf.youth.forName(c.about.nameOnPlan)]);
  // A directory entry as the youth's and the adult's copies print it: name, numbers and hours, what
  // it is, and what can happen when you call.
  const resourceLines = (r: Resource) => [
    `${resourceName(r, language)} · ${numbersLine(r, pdf)} · ${hours(r, language)}`,
    purpose(r, language),
    `${pdf.whenYouCall} ${whenYouCall(r, language)}`,
  ];
  if (discreet) {
    part(pdf.discreet.emergency, [
      `${pdf.discreet.emergency}: ${emergency.phone}`,
      printsHelpLine(c) && `${neutralName(hotline, pdf)}: ${numbersLine(hotline, pdf)} · ${hours(hotline, language)}`,
    ]);
  } else {
    part(pdf.youth.emergencyTitle, [pdf.youth.emergencyLine, ...resourceLines(hotline), (copy === "adult" ? listsPlacesThatHelp(c, copy) : printsResources(c)) && pdf.youth.otherNumbers]);
  }
  const a = c.about;
  part(discreet ? pdf.discreet.sections.about : text.sections.about.title, [
    !discreet && a.status && labelled(f.about.status, text.statuses[a.status]),
    discreet ? a.safetyMeans : labelled(f.about.safetyMeans, a.safetyMeans),
  ]);
  const questionIds = discreet ? NEUTRAL_QUESTION_IDS : QUESTION_IDS;
  part(
    discreet ? pdf.discreet.sections.questions : text.sections.questions.title,
    questionIds.map((id) => c.questions[id].text.trim() && `${discreet ? pdf.discreet.questions[id as (typeof NEUTRAL_QUESTION_IDS)[number]] : text.youthQuestions[id]} · ${c.questions[id].text}`),
  );
  part(
    discreet ? pdf.discreet.sections.people : text.sections.people.title,
    c.people.items.map((p) =>
      [
        `${p.nickname || "\u2014"}${p.relationship ? ` (${p.relationship})` : ""}`,
        p.contact,
        p.numberKept && text.numberKept[p.numberKept],
        p.knowsSituation && f.people.knowsSituation,
        p.codeWord && pdf.youth.codeWord(p.codeWord),
        labelled(f.people.codeWordMeaning, p.codeWordMeaning),
        labelled(f.people.codeWordAction, p.codeWordAction),
      ]
        .filter(Boolean)
        .join(" · "),
    ),
  );
  const place = (p: { name: string; why: string }, why: string) => [p.name || "\u2014", labelled(why, p.why)].filter(Boolean).join(" · ");
  part(discreet ? pdf.discreet.sections.safePlaces : f.places.safe, c.places.safe.map((p) => place(p, f.places.whySafe)));
  part(discreet ? pdf.discreet.sections.avoidPlaces : f.places.avoid, c.places.avoid.map((p) => place(p, f.places.whyAvoid)));
  const items = (s: { chosen: readonly string[]; own: readonly string[] }, labels: Record<string, string>) => [
    ...s.chosen.map((id) => labels[id] ?? id),
    ...s.own,
  ];
  part(discreet ? pdf.discreet.sections.coping : text.sections.coping.title, items(c.coping, text.coping));
  if (c["safer-working"].wanted) part(text.sections["safer-working"].title, items(c["safer-working"], text.saferWorking));
  part(
    discreet ? pdf.discreet.sections.situations : text.sections.situations.title,
    c.situations.items.map((s) =>
      [
        s.title || (discreet ? pdf.discreet.situations[s.kind] : text.situations[s.kind].title),
        labelled(discreet ? pdf.discreet.whenThis : f.situations.warningSigns, s.warningSigns),
        labelled(discreet ? pdf.discreet.steps : f.situations.steps, s.steps),
        labelled(discreet ? pdf.discreet.whoToCall : f.situations.whoToCall, s.whoToCall),
      ]
        .filter(Boolean)
        .join(" · "),
    ),
  );
  part(discreet ? pdf.discreet.sections.goBag : text.sections["go-bag"].title, items(c["go-bag"], text.goBag));
  part(
    discreet ? pdf.discreet.sections.refusal : text.sections.refusal.title,
    c.refusal.items.map((r) => [labelled(discreet ? pdf.discreet.whenThis : f.refusal.situation, r.situation), r.whatIllSay && `\u201c${r.whatIllSay}\u201d`].filter(Boolean).join(" · ")),
  );
  if (copy === "adult" ? listsPlacesThatHelp(c, copy) : printsResources(c)) {
    const confirmed = confirmedOn(planResources(c));
    part(discreet ? pdf.discreet.sections.numbers : text.sections.resources.title, [
      ...listedResources(c, copy).flatMap((r) => (discreet ? [`${neutralName(r, pdf)} · ${numbersLine(r, pdf)}`] : resourceLines(r))),
      // One "checked on" line for the section, as the paper prints it: only once the agency confirmed every entry.
      !discreet && confirmed !== null && pdf.youth.lastChecked(formatDay(confirmed, pdf.locale)),
      ...c.resources.own.map((r) => [r.name || "\u2014", r.phone, r.notes].filter(Boolean).join(" · ")),
    ]);
  }
  const next = c["follow-up"];
  if (copy === "youth") {
    part(pdf.youth.followUpTitle, [
      next.nextMeeting ? pdf.youth.nextMeeting(formatDay(next.nextMeeting, pdf.locale)) : pdf.youth.nextMeetingBlank,
      labelled(pdf.youth.checkOn, next.checkOn),
    ]);
  } else if (discreet && next.nextMeeting) {
    part(pdf.discreet.sections.nextTime, [pdf.discreet.nextMeeting(formatDay(next.nextMeeting, pdf.locale))]);
  }
  return parts;
}

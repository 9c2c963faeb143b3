import { onCopy, printTargets } from "../../templates/csecy-safety-plan/copies";
import type { PlanContent } from "../../templates/csecy-safety-plan/schema";
import { situationTitle } from "../../templates/csecy-safety-plan/situation-title";
import { PROVIDER_ONLY_SECTIONS, QUESTION_IDS, SECTION_IDS, type Language, type SectionId } from "../../templates/csecy-safety-plan/structure";
import type { TemplateText } from "../../templates/csecy-safety-plan/text-types";
import type { ListedResource } from "../../templates/resources/entry";
import { planText } from "../i18n/plan-text";
import { type UiTexts, useUiIn } from "../i18n/ui";
import { formatPlanDate } from "../utils/format";

function Entry({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function SectionBody({
  section,
  content,
  resources,
  text,
  ui,
}: {
  section: SectionId;
  content: PlanContent;
  resources: readonly ListedResource[];
  text: TemplateText;
  ui: UiTexts;
}) {
  const f = text.fields;
  const empty = <p className="muted">{ui.planView.nothing}</p>;
    // "Not on the youth's copy": from the choices in force (copies.ts), old "keep off" flags included.
  const targets = new Map(printTargets(content).map((t) => [t.key, t]));
  const offPrint = (key: string) => {
    const target = targets.get(key);
    return target && !onCopy(target, "youth") ? <span className="tag">{ui.planView.notPrinted}</span> : null;
  };
  const date = (iso: string) => formatPlanDate(iso, ui.locale);
  switch (section) {
    case "about": {
      const a = content.about;
      return (
        <dl>
          <Entry label={f.about.nameOnPlan} value={a.nameOnPlan} />
          <Entry label={f.about.date} value={date(a.date)} />
          <Entry label={f.about.present} value={a.present} />
          <Entry label={f.about.status} value={a.status ? text.statuses[a.status] : ""} />
          <Entry label={f.about.safetyMeans} value={a.safetyMeans} />
        </dl>
      );
    }
    case "questions":
      return (
        <dl>
          {QUESTION_IDS.map((id) => (
            <div key={id}>
              <dt>
                {text.questions[id]} {offPrint(`questions.${id}`)}
              </dt>
              <dd>{content.questions[id].text || "—"}</dd>
            </div>
          ))}
        </dl>
      );
    case "people":
      return content.people.items.length ? (
        <ul>
          {content.people.items.map((p) => (
            <li key={p.id}>
              <strong>{p.nickname || "—"}</strong> {p.relationship ? `(${p.relationship})` : ""} {p.contact}
              {p.knowsSituation ? <span className="tag">{f.people.knowsSituation}</span> : null}
              {p.mightBeLinked ? <span className="tag concern">{f.people.mightBeLinked}</span> : null}
              {offPrint(`people.${p.id}`)}
              {p.codeWord ? (
                <div>
                  {f.people.codeWord}: “{p.codeWord}” — {p.codeWordMeaning}. {p.codeWordAction}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        empty
      );
    case "places":
      return (
        <>
          {(["safe", "avoid"] as const).map((kind) => (
            <div key={kind}>
              <h3>{kind === "safe" ? f.places.safe : f.places.avoid}</h3>
              {content.places[kind].length ? (
                <ul>
                  {content.places[kind].map((p) => (
                    <li key={p.id}>
                      <strong>{p.name}</strong> {p.why ? `— ${p.why}` : ""} {offPrint(`places.${kind}.${p.id}`)}
                    </li>
                  ))}
                </ul>
              ) : (
                empty
              )}
            </div>
          ))}
        </>
      );
    case "coping":
    case "go-bag":
    case "safer-working": {
      const labels: Record<string, string> =
        section === "coping" ? text.coping : section === "go-bag" ? text.goBag : text.saferWorking;
      const s = content[section];
      if (section === "safer-working" && !content["safer-working"].wanted) return <p className="muted">{ui.planView.notPartOfPlan}</p>;
      const all = [...s.chosen.map((id) => labels[id] ?? id), ...s.own];
      return all.length ? (
        <ul>
          {all.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : (
        empty
      );
    }
    case "situations":
      return content.situations.items.length ? (
        <>
          {content.situations.items.map((s) => (
            <div key={s.id}>
              <h3>
                {s.title || situationTitle(text, s.kind, "provider")} {offPrint(`situations.${s.id}`)}
              </h3>
              <dl>
                <Entry label={f.situations.kind} value={situationTitle(text, s.kind, "provider")} />
                <Entry label={f.situations.warningSigns} value={s.warningSigns} />
                <Entry label={f.situations.steps} value={s.steps} />
                <Entry label={f.situations.whoToCall} value={s.whoToCall} />
              </dl>
            </div>
          ))}
        </>
      ) : (
        empty
      );
    case "refusal":
      return content.refusal.items.length ? (
        <ul>
          {content.refusal.items.map((r) => (
            <li key={r.id}>
              {r.situation}: “{r.whatIllSay}” {offPrint(`refusal.${r.id}`)}
            </li>
          ))}
        </ul>
      ) : (
        empty
      );
    case "resources":
      return (
        <ul>
          {resources.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong> {r.phone ? `· ${text.resourceCall(r.phone)}` : ""} {r.text ? `· ${text.resourceText(r.text)}` : ""}
            </li>
          ))}
          {content.resources.own.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong> {r.phone ? `· ${r.phone}` : ""} {r.notes ? `· ${r.notes}` : ""}
            </li>
          ))}
        </ul>
      );
    case "follow-up":
      return (
        <dl>
          <Entry label={f.followUp.nextMeeting} value={date(content["follow-up"].nextMeeting)} />
          <Entry label={f.followUp.checkOn} value={content["follow-up"].checkOn} />
        </dl>
      );
    case "provider":
      return (
        <dl>
          <Entry label={f.provider.notes} value={content.provider.notes} />
          {content.provider.concern ? <dd className="concern">{f.provider.concern}</dd> : null}
        </dl>
      );
  }
}

/**
 * A read-only view of a whole plan: the review page and every saved version. The screen is
 * shared with the youth, so the provider's own section stays folded away at the end. All of it
 * is in the plan's language, whatever the interface's; so are the places that can help, which the
 * page's loader sends (the always-printed and the chosen ones).
 */
export function PlanContentView({ content, language, resources }: { content: PlanContent; language: Language; resources: readonly ListedResource[] }) {
  const text = planText(language);
  const ui = useUiIn(language);
  return (
    <div className="plan-view" lang={language}>
      {SECTION_IDS.filter((section) => !PROVIDER_ONLY_SECTIONS.includes(section)).map((section) => (
        <section key={section} aria-labelledby={`view-${section}`}>
          <h2 id={`view-${section}`}>{text.sections[section].title}</h2>
          <SectionBody section={section} content={content} resources={resources} text={text} ui={ui} />
        </section>
      ))}
      {PROVIDER_ONLY_SECTIONS.map((section) => (
        <details key={section} className="private-details">
          <summary>{ui.planView.forYouOnly(text.sections[section].title)}</summary>
          <SectionBody section={section} content={content} resources={resources} text={text} ui={ui} />
        </details>
      ))}
    </div>
  );
}

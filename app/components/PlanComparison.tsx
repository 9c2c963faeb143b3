import { Fragment, type ReactNode } from "react";
import { PROVIDER_ONLY_SECTIONS, SITUATION_KINDS, type SectionId } from "../../templates/csecy-safety-plan/structure";
import { situationTitle } from "../../templates/csecy-safety-plan/situation-title";
import type { TemplateText } from "../../templates/csecy-safety-plan/text-types";
import type { FieldChange, Item, ListComparison, SectionComparison, Value } from "../../templates/csecy-safety-plan/compare";
import type { ResourceNames } from "../../templates/resources/entry";
import { formatPlanDate } from "../utils/format";
import { useUi, type UiTexts } from "../i18n/ui";

/*
 * Two versions side by side, section by section: what was removed on the left, what was added
 * on the right, and for a changed item the fields that changed on both sides. Each change says
 * in words what it is ("Added", "Removed", "Changed") as well as by its colour.
 */

const DATE_FIELDS = new Set(["date", "nextMeeting"]);

/** A situation kind as the provider reads it (the precise term), or undefined for an unknown kind. */
function kindTitle(kind: string, text: TemplateText): string | undefined {
  const known = SITUATION_KINDS.find((k) => k === kind);
  return known && situationTitle(text, known, "provider");
}

export function fieldLabel(section: SectionId, list: string | null, field: string, text: TemplateText): string {
  const f = text.fields;
  if (field === "keepOffPrint") return f.keepOffPrint;
  if (section === "questions") {
    const [question, part] = field.split(".") as [keyof TemplateText["questions"], string];
    return part === "keepOffPrint" ? `${text.questions[question]} (${f.keepOffPrint})` : text.questions[question];
  }
  const labels: Partial<Record<SectionId, Record<string, string>>> = {
    about: f.about,
    people: f.people,
    situations: f.situations,
    refusal: f.refusal,
    resources: f.resources,
    "follow-up": f.followUp,
    provider: f.provider,
    "safer-working": f.saferWorking,
    places: { name: f.places.name, why: list === "avoid" ? f.places.whyAvoid : f.places.whySafe },
  };
  return labels[section]?.[field] ?? field;
}

export function valueText(section: SectionId, field: string, value: Value, text: TemplateText, ui: UiTexts): string {
  const t = ui.comparison;
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (!value) return t.empty;
  if (DATE_FIELDS.has(field)) return formatPlanDate(value, ui.locale);
  if (section === "about" && field === "status") return text.statuses[value as keyof TemplateText["statuses"]] ?? value;
  if (section === "about" && field === "language") return value === "en" ? ui.language.inSentence.en : value;
  if (section === "people" && field === "numberKept") return text.numberKept[value as keyof TemplateText["numberKept"]] ?? value;
  if (section === "situations" && field === "kind") return (kindTitle(value, text) ?? value);
  return value;
}

/**
 * How an item is named in the plan: a person's nickname, a place's name, a choice's label; a chosen
 * place that can help by its name in `resourceNames` (the loader's, in the plan's language).
 */
export function itemLabel(section: SectionId, list: string, id: string, item: Item, text: TemplateText, ui: UiTexts, resourceNames: ResourceNames): string {
  const t = ui.comparison;
  const str = (key: string) => (typeof item[key] === "string" ? (item[key] as string) : "");
  switch (section) {
    case "people":
      return str("nickname") || str("relationship") || t.aPerson;
    case "places":
      return str("name") || t.aPlace;
    case "situations":
      return str("title") || kindTitle(str("kind"), text) || t.aSituation;
    case "refusal":
      return str("whatIllSay") ? `${str("situation")}: \u201c${str("whatIllSay")}\u201d` : str("situation") || t.aRefusal;
    case "resources":
      return list === "chosen" ? (resourceNames[id] ?? id) : str("name") || t.aPlace;
    case "coping":
      return list === "chosen" ? (text.coping[id as keyof TemplateText["coping"]] ?? id) : id;
    case "safer-working":
      return list === "chosen" ? (text.saferWorking[id as keyof TemplateText["saferWorking"]] ?? id) : id;
    case "go-bag":
      return list === "chosen" ? (text.goBag[id as keyof TemplateText["goBag"]] ?? id) : id;
    default:
      return id;
  }
}

export function listLabel(section: SectionId, list: string, text: TemplateText): string | null {
  const f = text.fields;
  if (section === "places") return list === "safe" ? f.places.safe : f.places.avoid;
  if (section === "resources") return list === "chosen" ? f.resources.chosen : f.resources.own;
  if (list === "chosen") return f.suggestions.chosen;
  if (list === "own") return f.suggestions.own;
  return null;
}

function Cell({ kind, children }: { kind: "added" | "removed" | "changed"; children: ReactNode }) {
  const t = useUi().comparison;
  const word = { added: t.added, removed: t.removed, changed: t.changed }[kind];
  return (
    <td className={`change-${kind}`}>
      <span className="change-label">{word}</span>
      {children}
    </td>
  );
}

function FieldList({ section, changes, side, text }: { section: SectionId; changes: FieldChange[]; side: "before" | "after"; text: TemplateText }) {
  const ui = useUi();
  return (
    <ul>
      {changes.map((c) => (
        <li key={c.field}>
          {fieldLabel(section, null, c.field, text)}:{" "}
          {side === "before" ? valueText(section, c.field, c.before, text, ui) : <strong>{valueText(section, c.field, c.after, text, ui)}</strong>}
        </li>
      ))}
    </ul>
  );
}

function ListRows({ section, list, text, resourceNames }: { section: SectionId; list: ListComparison; text: TemplateText; resourceNames: ResourceNames }) {
  const ui = useUi();
  const heading = listLabel(section, list.list, text);
  if (!list.added.length && !list.removed.length && !list.changed.length) return null;
  return (
    <>
      {heading ? (
        <tr>
          <th colSpan={2} scope="colgroup">
            {heading}
          </th>
        </tr>
      ) : null}
      {list.removed.map((r) => (
        <tr key={`removed-${r.id}`}>
          <Cell kind="removed">
            <span className="was">{itemLabel(section, list.list, r.id, r.item, text, ui, resourceNames)}</span>
          </Cell>
          <td />
        </tr>
      ))}
      {list.changed.map((c) => (
        <tr key={`changed-${c.id}`}>
          <Cell kind="changed">
            {itemLabel(section, list.list, c.id, c.before, text, ui, resourceNames)}
            <ul>
              {c.fields.map((f) => (
                <li key={f.field}>
                  {fieldLabel(section, list.list, f.field, text)}: {valueText(section, f.field, f.before, text, ui)}
                </li>
              ))}
            </ul>
          </Cell>
          <Cell kind="changed">
            {itemLabel(section, list.list, c.id, c.after, text, ui, resourceNames)}
            <ul>
              {c.fields.map((f) => (
                <li key={f.field}>
                  {fieldLabel(section, list.list, f.field, text)}: <strong>{valueText(section, f.field, f.after, text, ui)}</strong>
                </li>
              ))}
            </ul>
          </Cell>
        </tr>
      ))}
      {list.added.map((a) => (
        <tr key={`added-${a.id}`}>
          <td />
          <Cell kind="added">{itemLabel(section, list.list, a.id, a.item, text, ui, resourceNames)}</Cell>
        </tr>
      ))}
    </>
  );
}

function SectionTable({
  comparison,
  before,
  after,
  text,
  resourceNames,
}: {
  comparison: SectionComparison;
  before: number;
  after: number;
  text: TemplateText;
  resourceNames: ResourceNames;
}) {
  const { section } = comparison;
  const t = useUi().comparison;
  if (!comparison.changed) return <p className="muted">{t.noChanges}</p>;
  return (
    <table className="comparison">
      <thead>
        <tr>
          <th scope="col">{t.version(before)}</th>
          <th scope="col">{t.version(after)}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.fields.length ? (
          <tr>
            <Cell kind="changed">
              <FieldList section={section} changes={comparison.fields} side="before" text={text} />
            </Cell>
            <Cell kind="changed">
              <FieldList section={section} changes={comparison.fields} side="after" text={text} />
            </Cell>
          </tr>
        ) : null}
        {comparison.lists.map((list) => (
          <Fragment key={list.list}>
            <ListRows section={section} list={list} text={text} resourceNames={resourceNames} />
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

export function PlanComparison({
  comparisons,
  before,
  after,
  text,
  resourceNames,
}: {
  comparisons: SectionComparison[];
  before: number;
  after: number;
  text: TemplateText;
  /** The names of the places that can help chosen in either version, in the plan's language. */
  resourceNames: ResourceNames;
}) {
  const shared = comparisons.filter((c) => !PROVIDER_ONLY_SECTIONS.includes(c.section));
  const unchanged = shared.filter((c) => !c.changed);
  const t = useUi().comparison;
  const providerOnly = comparisons.filter((c) => PROVIDER_ONLY_SECTIONS.includes(c.section));
  return (
    <div className="plan-view">
      {unchanged.length ? (
        <p className="muted">
          {t.noChangesIn(unchanged.map((c) => text.sections[c.section].title).join(", "))}
        </p>
      ) : null}
      {shared
        .filter((c) => c.changed)
        .map((c) => (
        <section key={c.section} aria-labelledby={`compare-${c.section}`}>
          <h2 id={`compare-${c.section}`}>{text.sections[c.section].title}</h2>
          <SectionTable comparison={c} before={before} after={after} text={text} resourceNames={resourceNames} />
        </section>
        ))}
      {providerOnly.map((c) => (
        <details key={c.section} className="private-details">
          <summary>
            {t.forYouOnly(text.sections[c.section].title)}
            {c.changed ? t.sectionChanged : t.sectionUnchanged}
          </summary>
          <SectionTable comparison={c} before={before} after={after} text={text} resourceNames={resourceNames} />
        </details>
      ))}
    </div>
  );
}

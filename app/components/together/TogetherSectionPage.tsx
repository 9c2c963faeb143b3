import { Link } from "@remix-run/react";
import type { Language, SectionId } from "../../../templates/csecy-safety-plan";
import type { ResourceEntry } from "../../../templates/resources/entry";
import { planText } from "../../i18n/plan-text";
import { useUiIn } from "../../i18n/ui";
import { SHOW_LATEST } from "../../utils/show-latest";
import { LiveUpdates } from "../LiveUpdates";
import { SectionForm, sectionFormState } from "../sections/SectionForm";
import { TogetherShell } from "../TogetherShell";

type Opened = Parameters<typeof sectionFormState>[0];

export interface TogetherSectionProps extends Opened {
  planId: string;
  section: SectionId;
  language: Language;
  youthDevice: boolean;
  workQuestionsOpen: boolean;
  /** The places that can help, in the youth's wording (on the resources form; empty on the others). */
  resources: readonly ResourceEntry[];
  /** The together view's start page and live stream, at this screen's addresses. */
  start: string;
  events: string;
  /** The save's answer when it did not redirect: the form as typed, or merged. */
  answered: (Parameters<typeof sectionFormState>[1] & { formKey?: string }) | undefined;
}

/** One section in the together view: the same form as the provider's, with the youth's wording and nothing provider-only. */
export function TogetherSectionPage(props: TogetherSectionProps) {
  const { planId, section, language, youthDevice, start, events, answered } = props;
  const ui = useUiIn(language, "together");
  const sectionText = planText(language).sections[section];
  return (
    <TogetherShell language={language} planId={planId} youthDevice={youthDevice}>
      <h1>{sectionText.title}</h1>
      <p>{sectionText.intro}</p>
      <p className="muted">{ui.together.privacy}</p>
      <LiveUpdates events={events} language={language} youthDevice={youthDevice} section={section} formId={`section-${section}`} formHoldsMerge={answered !== undefined} />
      <SectionForm
        // A merge after a conflict is a fresh form holding the merged values.
        // A save from the other screen, reloaded while nothing was typed here, opens a fresh form too.
        key={answered?.formKey ?? `opened-${props.revision}`}
        section={section}
        language={language}
        {...sectionFormState(props, answered)}
        audience="youth"
        workQuestionsOpen={props.workQuestionsOpen}
        resources={props.resources}
      >
        <button type="submit">{ui.together.save}</button>
        <button type="submit" name={SHOW_LATEST} value="1" className="secondary" formNoValidate>
          {ui.together.showLatest}
        </button>
        <Link to={start} className="button secondary">
          {ui.together.back}
        </Link>
      </SectionForm>
    </TogetherShell>
  );
}

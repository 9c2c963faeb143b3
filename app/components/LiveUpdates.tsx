import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import type { Language, SectionId } from "../../templates/csecy-safety-plan";
import { planText } from "../i18n/plan-text";
import { useUiIn } from "../i18n/ui";

/**
 * Both screens of a together view show what the other saved: the page listens to the plan's live
 * stream and reloads its data when a save is announced. A form with typing in it is never
 * reloaded under the person's fingers: the page says the other screen saved this part, and "Show
 * the latest" (which also works without JavaScript) merges it in, keeping what was typed.
 * When the session ends (a youth's phone ended by the provider, or idle), a phone leaves for the
 * neutral join page.
 */
export function LiveUpdates({
  events,
  language,
  youthDevice,
  section,
  formId,
  formHoldsMerge = false,
}: {
  /** The live stream's address, at this screen's addresses. */
  events: string;
  language: Language;
  youthDevice: boolean;
  /** The section whose form is open on this page, if any. */
  section?: SectionId;
  formId?: string;
  /** The form shows a merge or a refused save: its values come from that answer, not the loader. */
  formHoldsMerge?: boolean;
}) {
  const revalidator = useRevalidator();
  const [notice, setNotice] = useState<string | null>(null);
  const typed = useRef(false);
  const ui = useUiIn(language, "together").together;
  const titles = planText(language).sections;

  useEffect(() => {
    typed.current = false;
    const form = formId ? document.getElementById(formId) : null;
    const markTyped = () => {
      typed.current = true;
    };
    form?.addEventListener("input", markTyped);
    return () => form?.removeEventListener("input", markTyped);
  }, [formId, formHoldsMerge]);

  useEffect(() => {
    const source = new EventSource(events);
    source.addEventListener("saved", (event) => {
      const saved = JSON.parse((event as MessageEvent<string>).data) as { section: SectionId };
      const keepsTyping = typed.current || formHoldsMerge;
      if (keepsTyping && saved.section === section) {
        setNotice(ui.savedElsewhere);
        return;
      }
      if (!keepsTyping) revalidator.revalidate();
      setNotice(saved.section === section ? null : ui.savedOther(titles[saved.section]?.title ?? ""));
    });
    source.addEventListener("ended", () => {
      source.close();
      if (youthDevice) window.location.replace("/join?left");
    });
    return () => source.close();
    // The revalidator changes identity on every render; the stream is per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events, section, youthDevice, formHoldsMerge]);

  return (
    <p className="notice live-notice" role="status" aria-live="polite" hidden={!notice}>
      {notice}
    </p>
  );
}

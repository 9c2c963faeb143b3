import { Form, Link, useSearchParams } from "@remix-run/react";
import type { Language, SectionId } from "../../../templates/csecy-safety-plan";
import { planText } from "../../i18n/plan-text";
import { useUiIn } from "../../i18n/ui";
import { sectionNumbered } from "../../utils/together-addresses";
import { LiveUpdates } from "../LiveUpdates";
import { TogetherShell } from "../TogetherShell";

export interface TogetherStartProps {
  planId: string;
  name: string;
  language: Language;
  youthDevice: boolean;
  phoneJoined: boolean;
  addresses: { start: string; copies: string; events: string };
  sections: readonly { id: SectionId; address: string; started: boolean; onlyIfWanted: boolean }[];
  /** A join code the provider just made (shown once, never in an address). */
  invite?: { code: string; address: string; qrSvg: string };
}

/**
 * The together view's start: the youth picks what to do first. The same page on the provider's
 * screen and on the youth's phone; only the provider's screen offers the phone a code.
 */
export function TogetherStartPage({ planId, name, language, sections, youthDevice, phoneJoined, addresses, invite }: TogetherStartProps) {
  const [searchParams] = useSearchParams();
  const ui = useUiIn(language, "together");
  const text = planText(language);
  const saved = sections.find((s) => s.id === sectionNumbered(searchParams.get("saved")));
  return (
    <TogetherShell language={language} planId={planId} youthDevice={youthDevice}>
      <h1>{ui.together.title(name)}</h1>
      {saved ? (
        <p className="notice" role="status">
          {ui.together.saved(text.sections[saved.id].title)}
        </p>
      ) : null}
      <LiveUpdates events={addresses.events} language={language} youthDevice={youthDevice} />
      <p>{ui.together.intro}</p>
      <p>
        {/* Without JavaScript, the page itself again: what the other screen saved meanwhile. */}
        <a href={addresses.start} className="button secondary">
          {ui.together.showLatest}
        </a>
      </p>
      <h2>{ui.together.firstChoice}</h2>
      <ul className="cards together-cards">
        {sections.map((s) => (
          <li key={s.id} className="card">
            <Link to={s.address}>{text.sections[s.id].title}</Link>
            <span>{text.sections[s.id].intro}</span>
            <span className={s.started ? "progress started" : "progress"}>
              {s.started ? ui.together.started : s.onlyIfWanted ? ui.together.onlyIfYouWant : ui.together.notStarted}
            </span>
          </li>
        ))}
      </ul>
      <p className="card together-copies">
        <Link to={addresses.copies}>{ui.together.copiesCard}</Link>
        <span>{ui.together.copiesCardAbout}</span>
      </p>
      {youthDevice ? null : (
        <section className="join-invite" aria-labelledby="join-invite-heading">
          <h2 id="join-invite-heading">{ui.invite.heading}</h2>
          <p>{ui.invite.intro}</p>
          {searchParams.get("phone") === "ended" ? (
            <p className="notice" role="status">
              {ui.invite.ended}
            </p>
          ) : null}
          {invite ? (
            <div className="join-code" role="status">
              <p>{ui.invite.instructions(invite.address)}</p>
              <p className="join-code-value" data-testid="join-code">
                {invite.code}
              </p>
              <div className="join-qr" role="img" aria-label={ui.invite.qrLabel} dangerouslySetInnerHTML={{ __html: invite.qrSvg }} />
            </div>
          ) : null}
          <Form method="post" reloadDocument className="actions">
            <button type="submit" name="intent" value="invite" className="secondary">
              {ui.invite.start}
            </button>
            {phoneJoined ? (
              <button type="submit" name="intent" value="end-device" className="secondary">
                {ui.invite.end}
              </button>
            ) : null}
          </Form>
          {phoneJoined ? <p>{ui.invite.joined}</p> : null}
        </section>
      )}
    </TogetherShell>
  );
}

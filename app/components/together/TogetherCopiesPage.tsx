import { Link, useSearchParams } from "@remix-run/react";
import type { ChoiceRow, Language } from "../../../templates/csecy-safety-plan";
import { useUiIn } from "../../i18n/ui";
import { CopiesPreview, type CopyPreview } from "../CopiesPreview";
import { choicesOutcome, CopyChoicesTable } from "../CopyChoicesTable";
import { TogetherShell } from "../TogetherShell";

export interface TogetherCopiesProps {
  planId: string;
  youthDevice: boolean;
  start: string;
  revision: number;
  language: Language;
  rows: readonly ChoiceRow[];
  previews: readonly CopyPreview[];
  /** The save's answer when the storage refused it: the ticks as sent. */
  refused: { storageFailed: boolean; ticked: string[] } | undefined;
}

/** "What goes on each copy" in the together view: what each paper will say, and the youth's choices. The form posts to this page's own address. */
export function TogetherCopiesPage({ planId, youthDevice, start, revision, language, rows, previews, refused }: TogetherCopiesProps) {
  const [searchParams] = useSearchParams();
  const ui = useUiIn(language, "together", "copies");
  return (
    <TogetherShell language={language} planId={planId} youthDevice={youthDevice}>
      <p>
        <Link to={start}>{ui.together.backToStart}</Link>
      </p>
      <h1>{ui.copies.title}</h1>
      <p>{ui.copies.intro}</p>
      <CopyChoicesTable outcome={choicesOutcome(refused, searchParams)} rows={rows} revision={revision} canEdit ticked={refused ? new Set(refused.ticked) : undefined} />
      <CopiesPreview previews={previews} />
    </TogetherShell>
  );
}

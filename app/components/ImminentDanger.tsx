import { useUi } from "../i18n/ui";

/**
 * What to do at once when a youth is in imminent danger, shown beside the imminent-safety flag
 * (provider notes) and on the supervisor's consult page: the toolkit's 9-1-1 instruction and its
 * mandated-reporting step (LA County DCFS Child Protection Hotline), and to the provider what
 * saving the flag does.
 * Provider pages only: never in the together view or on a youth's copy.
 */
export function ImminentDanger({ reader }: { reader: "provider" | "supervisor" }) {
  const t = useUi("builder").concern.imminent;
  return (
    <section className="notice warning imminent" aria-labelledby="imminent-danger">
      <h2 id="imminent-danger">{t.title}</h2>
      <p>
        <strong>{t.call911}</strong>
      </p>
      <p>{t.report}</p>
      <p className="muted">{t.source}</p>
      {reader === "provider" ? <p>{t.supervisors}</p> : null}
    </section>
  );
}

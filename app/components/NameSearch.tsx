import { getFormProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useUi } from "../i18n/ui";
import { TextField } from "./fields";

/**
 * "Find by name" at the top of a list page, and, after a search, what it found (`children`, the
 * page's own table of the rows) in place of the page's lists. The search is posted, so the name
 * typed is never in an address, the browser's history or a log; a link goes back to the lists.
 */
export function NameSearch({
  form,
  name,
  found,
  listPath,
  children,
}: {
  form: FormMetadata<any, any>;
  name: FieldMetadata<any, any, any>;
  found: { typed: string; rows: readonly unknown[]; more: boolean } | undefined;
  listPath: string;
  children: ReactNode;
}) {
  const t = useUi("lists").nameSearch;
  return (
    <>
      <Form method="post" {...getFormProps(form)} className="name-search">
        <TextField meta={name} label={t.label} hint={t.hint} />
        <button type="submit" className="secondary">
          {t.submit}
        </button>
      </Form>
      {found ? (
        <section aria-labelledby="names-found" className="names-found">
          <p id="names-found" role="status">
            {t.found(found.rows.length, found.typed, found.more)}
          </p>
          {found.rows.length > 0 ? children : null}
          <p>
            <Link to={listPath}>{t.clear}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

import { Link, useLocation } from "@remix-run/react";
import { useUi } from "../i18n/ui";
import { withParam } from "../utils/pagination";

/**
 * Previous / next links for a paged list, as plain links (they work without JavaScript); `param`
 * names the page number in the query string, so two lists on one page page independently.
 */
export function Pager({ page, pages, total, size, param = "page" }: { page: number; pages: number; total: number; size: number; param?: string }) {
  const ui = useUi();
  const { search } = useLocation();
  if (pages <= 1) return null;
  const from = (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return (
    <nav className="pager" aria-label={ui.pager.label}>
      {page > 1 ? (
        <Link to={withParam(search, param, page - 1)} rel="prev">
          {ui.pager.previous}
        </Link>
      ) : null}{" "}
      <span>
        {ui.pager.page(page, pages)} ({ui.pager.showing(from, to, total)})
      </span>{" "}
      {page < pages ? (
        <Link to={withParam(search, param, page + 1)} rel="next">
          {ui.pager.next}
        </Link>
      ) : null}
    </nav>
  );
}

import { Link, useLocation } from "@remix-run/react";
import { useUi } from "../i18n/ui";
import { withParam } from "../utils/pagination";

/** Previous / next links for a paged list (`?page=`), as plain links: they work without JavaScript. */
export function Pager({ page, pages, total, size }: { page: number; pages: number; total: number; size: number }) {
  const ui = useUi();
  const { search } = useLocation();
  if (pages <= 1) return null;
  const from = (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return (
    <nav className="pager" aria-label={ui.pager.label}>
      {page > 1 ? (
        <Link to={withParam(search, "page", page - 1)} rel="prev">
          {ui.pager.previous}
        </Link>
      ) : null}{" "}
      <span>
        {ui.pager.page(page, pages)} ({ui.pager.showing(from, to, total)})
      </span>{" "}
      {page < pages ? (
        <Link to={withParam(search, "page", page + 1)} rel="next">
          {ui.pager.next}
        </Link>
      ) : null}
    </nav>
  );
}

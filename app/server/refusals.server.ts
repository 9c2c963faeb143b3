import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { type UiText } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { requestLanguage } from "../web/language.server";

/**
 * Answers a request that the server's own checks refuse before Remix sees it (another site, a
 * body too large, a bad Host): plain text from the catalogue's `refusals`, in the interface
 * language of the request (its cookie, or the browser's Accept-Language), as a route without a page does (app/web/http.server.ts).
 */
export function refuseInWords(
  req: ExpressRequest,
  res: ExpressResponse,
  status: number,
  words: (refusals: UiText["refusals"]) => string,
  headers: Record<string, string> = {},
): void {
  void requestLanguage(req.get("cookie"), req.get("accept-language"))
    .catch(() => "en" as const)
    .then((language) => {
      res
        .status(status)
        .set({ "Content-Type": "text/plain; charset=utf-8", "Content-Language": language, "Cache-Control": "no-store", ...headers })
        .end(words(serverUi(language).refusals));
    });
}

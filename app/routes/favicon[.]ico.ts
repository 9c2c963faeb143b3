import { redirect } from "@remix-run/node";
import { resourceRoute } from "../web/http.server";

/** Browsers ask for /favicon.ico on their own; answer with the icon instead of a logged 404. */
export const loader = resourceRoute(() => redirect("/favicon.svg", 301));

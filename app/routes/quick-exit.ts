import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { quickExit } from "../web/auth.server";
import { resourceRoute } from "../web/http.server";
import { quickExitUrl } from "../web/quick-exit.server";

/** POST: ends the session (the provider must log in again) and goes to the neutral page. Works without JavaScript. */
export const action = resourceRoute(({ request }: ActionFunctionArgs) => quickExit(request, quickExitUrl()));

export const loader = resourceRoute(() => redirect(quickExitUrl()));

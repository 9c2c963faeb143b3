import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { quickExit } from "../utils/auth.server";
import { quickExitUrl } from "../utils/quick-exit.server";

/** POST: ends the session (the provider must log in again) and goes to the neutral page. Works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  return quickExit(request, quickExitUrl());
}

export function loader() {
  return redirect(quickExitUrl());
}

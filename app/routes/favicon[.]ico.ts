import { redirect } from "@remix-run/node";

/** Browsers ask for /favicon.ico on their own; answer with the icon instead of a logged 404. */
export function loader() {
  return redirect("/favicon.svg", 301);
}

import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "../web/auth.server";
import { resourceRoute } from "../web/http.server";

export const action = resourceRoute(({ request }: ActionFunctionArgs) => signOut(request));

export const loader = resourceRoute(() => redirect("/dashboard"));

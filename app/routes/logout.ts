import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "../utils/auth.server";
import { resourceRoute } from "../utils/http.server";

export const action = resourceRoute(({ request }: ActionFunctionArgs) => signOut(request));

export const loader = resourceRoute(() => redirect("/dashboard"));

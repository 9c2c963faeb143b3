import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getActor } from "../web/auth.server";
import { resourceRoute } from "../web/http.server";

export const loader = resourceRoute(async ({ request }: LoaderFunctionArgs) => redirect((await getActor(request)) ? "/dashboard" : "/login"));

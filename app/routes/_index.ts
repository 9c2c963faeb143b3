import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getActor } from "../utils/auth.server";
import { resourceRoute } from "../utils/http.server";

export const loader = resourceRoute(async ({ request }: LoaderFunctionArgs) => redirect((await getActor(request)) ? "/dashboard" : "/login"));

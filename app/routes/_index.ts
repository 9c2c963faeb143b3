import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getActor } from "../utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return redirect((await getActor(request)) ? "/dashboard" : "/login");
}

import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "../utils/auth.server";

export async function action({ request }: ActionFunctionArgs) {
  return signOut(request);
}

export function loader() {
  return redirect("/dashboard");
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { resourceRoute } from "../web/http.server";
import { togetherStream } from "../web/together-stream.server";

/** GET: the together view's live stream on the provider's screen (also while handed over); a youth's phone opens it at /j/e. */
export const loader = resourceRoute((args: LoaderFunctionArgs) => togetherStream({ ...args, at: "provider" }));

import type { LoaderFunctionArgs } from "@remix-run/node";
import { resourceRoute } from "../web/http.server";
import { togetherStream } from "../web/together-stream.server";

/** GET /j/e: the together view's live stream on a youth's own phone (decision 081). */
export const loader = resourceRoute((args: LoaderFunctionArgs) => togetherStream({ ...args, at: "device" }));

import type { Language } from "../../../templates/csecy-safety-plan";
import { metaUi } from "../../i18n/meta";

type Matches = Parameters<typeof metaUi>[0];

/** A youth's phone keeps page titles in its history: every page at its neutral addresses has the same neutral one. */
export const deviceTitle = (data: { language: Language } | undefined, matches: Matches) => [
  { title: metaUi(matches, data?.language ?? "en", "together").join.deviceTitle },
];

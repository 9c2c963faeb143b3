import type { Language } from "../../../templates/csecy-safety-plan";
import { uiText } from "../../i18n/ui";

/** A youth's phone keeps page titles in its history: every page at its neutral addresses has the same neutral one. */
export const deviceTitle = (data: { language: Language } | undefined) => [{ title: uiText(data?.language ?? "en").join.deviceTitle }];

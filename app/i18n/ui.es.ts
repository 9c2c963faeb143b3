/** Every text of the interface in Spanish, for the server and tests: the groups of app/i18n/ui/, together. */
import type { UiText } from "./ui.en";
import { sharedEs } from "./ui/shared.es";
import { accountEs } from "./ui/account.es";
import { adminEs } from "./ui/admin.es";
import { listsEs } from "./ui/lists.es";
import { planEs } from "./ui/plan.es";
import { builderEs } from "./ui/builder.es";
import { togetherEs } from "./ui/together.es";
import { copiesEs } from "./ui/copies.es";
import { neutralEs } from "./ui/neutral.es";

export const uiEs: UiText = { ...sharedEs, ...accountEs, ...adminEs, ...listsEs, ...planEs, ...builderEs, ...togetherEs, ...copiesEs, ...neutralEs };

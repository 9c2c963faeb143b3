import type { SectionId } from "../../../templates/csecy-safety-plan";
import { AboutFields } from "./AboutFields";
import { CopingFields } from "./CopingFields";
import { FollowUpFields } from "./FollowUpFields";
import { GoBagFields } from "./GoBagFields";
import { PeopleFields } from "./PeopleFields";
import { PlacesFields } from "./PlacesFields";
import { ProviderFields } from "./ProviderFields";
import { QuestionsFields } from "./QuestionsFields";
import { RefusalFields } from "./RefusalFields";
import { ResourcesFields } from "./ResourcesFields";
import { SaferWorkingFields } from "./SaferWorkingFields";
import { SituationsFields } from "./SituationsFields";
import type { SectionFormProps } from "./types";

const FIELDS: { [S in SectionId]: (props: SectionFormProps<S>) => JSX.Element } = {
  about: AboutFields,
  questions: QuestionsFields,
  people: PeopleFields,
  places: PlacesFields,
  coping: CopingFields,
  "safer-working": SaferWorkingFields,
  situations: SituationsFields,
  "go-bag": GoBagFields,
  refusal: RefusalFields,
  resources: ResourcesFields,
  "follow-up": FollowUpFields,
  provider: ProviderFields,
};

/** The form body of one section. */
export function SectionFields<S extends SectionId>({ section, ...props }: SectionFormProps<S> & { section: S }) {
  const Fields = FIELDS[section] as (props: SectionFormProps<S>) => JSX.Element;
  return <Fields {...props} />;
}

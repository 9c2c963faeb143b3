/*
 * The plan template's form schemas, for the routes' actions. A route takes them from here, a
 * `.server` module Remix leaves out of the browser build: the template's schema modules build
 * their schemas when loaded, so a route importing them directly would bring zod into its page,
 * even if only its action used them (decision 023: forms are checked on the server only).
 */
export { sectionSchemasFor, versionNoteSchema } from "../../templates/csecy-safety-plan/schema";
export { followUpFormSchema } from "../../templates/csecy-safety-plan/follow-up-answers";

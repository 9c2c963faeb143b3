// The rule lives with the plan's schema (templates/), which holds the plan's own names to it too.
export { isPrintableName } from "../../templates/printable-name";

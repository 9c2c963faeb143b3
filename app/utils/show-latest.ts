/**
 * The name of a together section form's "Show the latest" button: the form posts without saving
 * and comes back with what the other screen saved merged into what is typed (works without JavaScript).
 */
export const SHOW_LATEST = "show-latest";

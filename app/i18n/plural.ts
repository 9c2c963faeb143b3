/**
 * The form of a word for a count, by the language's own plural rules (Intl.PluralRules): "1
 * elemento añadido", "3 elementos añadidos". Spanish and English have only "one" and "other";
 * a language with more forms would add them here.
 */
const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, count: number, forms: { one: string; other: string }): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count) === "one" ? forms.one : forms.other;
}

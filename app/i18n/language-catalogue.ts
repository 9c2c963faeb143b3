import type { Language } from "../../templates/csecy-safety-plan/structure";

/**
 * Texts kept per language. On the server every language is at hand (`server`, from a `.server`
 * module that Remix's compiler empties in the browser bundle). In the browser each language is a
 * chunk of its own, loaded with `load` (entry.client.tsx loads the page's languages before it
 * hydrates), so no page ships a language it does not show.
 */
export function languageCatalogue<Texts>(server: Partial<Record<Language, Texts>>, loaders: Record<Language, () => Promise<Texts>>) {
  const texts: Partial<Record<Language, Texts>> = { ...server };
  const loading = new Map<Language, Promise<void>>();

  /** Makes a language's texts available; resolves at once when they already are. */
  function load(language: Language): Promise<void> {
    if (texts[language]) return Promise.resolve();
    let pending = loading.get(language);
    if (!pending) {
      pending = loaders[language]().then((loaded) => {
        texts[language] = loaded;
      });
      loading.set(language, pending);
    }
    return pending;
  }

  /**
   * A language's texts. In the browser, a render that needs a language the page has not loaded yet
   * (a client navigation to a plan in the other language) suspends until it arrives: navigations
   * are transitions, so the page on screen stays until then.
   */
  function get(language: Language): Texts {
    const loaded = texts[language];
    if (loaded) return loaded;
    throw load(language);
  }

  /** Whether a language's texts are at hand (always on the server). */
  function has(language: Language): boolean {
    return texts[language] !== undefined;
  }

  return { load, get, has };
}

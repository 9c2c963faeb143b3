/** The parts of text-readability 1.1 (no types of its own) that the plain-language test uses. */
declare module "text-readability" {
  const readability: {
    fleschKincaidGrade(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    syllableCount(text: string, lang?: string): number;
  };
  export default readability;
}

/** The card's lines are short: a longer value is cut with "…" (the preview shows it the same way). */
const MAX = { name: 28, contact: 44, codeWord: 28 } as const;

const shorten = (value: string, max: number) => {
  const chars = Array.from(value.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
};

export const cardLine = {
  name: (nickname: string) => shorten(nickname || "\u2014", MAX.name),
  contact: (contact: string) => shorten(contact, MAX.contact),
  codeWord: (word: string) => shorten(word, MAX.codeWord),
};

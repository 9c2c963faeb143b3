/**
 * Walks a catalogue (nested objects of strings and functions that make strings) into its leaves,
 * by dotted path. Functions are called with sample arguments so their text can be read too.
 */
export type Leaf = { path: string; text: string };

const SAMPLE_ARGS = ["Sam", 3, 7] as const;

export function leaves(value: unknown, path = ""): Leaf[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (typeof value === "function") {
    const args = Array.from({ length: value.length }, (_, i) => SAMPLE_ARGS[i % SAMPLE_ARGS.length]);
    return [{ path, text: String((value as (...a: unknown[]) => unknown)(...args)) }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The dotted paths of every leaf, in a stable order: what the completeness test compares. */
export const paths = (value: unknown) => leaves(value).map((l) => l.path).sort();

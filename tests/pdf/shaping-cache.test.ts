import { describe, expect, it } from "vitest";
import { rememberShaping } from "../../templates/pdf/shaping-cache";

class Run {
  constructor(
    public glyphs: { id: number }[],
    public positions: { xAdvance: number }[],
  ) {}
  get advanceWidth() {
    return this.positions.reduce((sum, p) => sum + p.xAdvance, 0);
  }
}

function fakeFont() {
  const font = {
    shaped: 0,
    layout(text: string, ..._options: unknown[]) {
      font.shaped += 1;
      return new Run(
        Array.from(text, (c) => ({ id: c.codePointAt(0)! })),
        Array.from(text, () => ({ xAdvance: 10 })),
      );
    },
  };
  return font;
}

describe("shaping cache", () => {
  it("shapes a text once per set of options and gives each caller its own copy", () => {
    const font = fakeFont();
    rememberShaping(font);
    const a = font.layout("Safe places", undefined, "ltr");
    a.positions[0]!.xAdvance = 99; // react-pdf adjusts positions in place
    a.glyphs.pop();
    const b = font.layout("Safe places", undefined, "ltr");
    expect(font.shaped).toBe(1);
    expect(b).toBeInstanceOf(Run);
    expect(b.advanceWidth).toBe(110);
    expect(b.glyphs).toHaveLength(11);
    font.layout("Safe places", ["kern"], "ltr");
    expect(font.shaped).toBe(2);
  });

  it("does not keep long runs, and keeps a bounded number", () => {
    const font = fakeFont();
    rememberShaping(font);
    const long = "x".repeat(500);
    font.layout(long);
    font.layout(long);
    expect(font.shaped).toBe(2);
    for (let i = 0; i < 2000; i++) font.layout(`text ${i}`);
    const before = font.shaped;
    font.layout("text 0"); // long evicted
    font.layout("text 1999"); // still kept
    expect(font.shaped).toBe(before + 1);
  });
});

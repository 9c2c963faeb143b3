import { beforeAll, describe, expect, it } from "vitest";
import { NAME_SEARCH_LIMIT } from "../../app/models/name-search.server";
import { findRecordsByName } from "../../app/models/records.server";
import { createYouthWithPlan, findYouthByName } from "../../app/models/youth.server";
import { makeAgencies } from "../setup/fixtures";

/*
 * Finding a youth by a part of their chosen name, against a real SQLite file: each actor finds
 * only the names they may already list, whatever the case and accents typed, and the characters
 * LIKE treats as wildcards match only themselves.
 */

let people: Awaited<ReturnType<typeof makeAgencies>>;

const add = (provider: typeof people.provider, chosenName: string) => createYouthWithPlan(provider, { chosenName, preferredLanguage: "es" });
const names = (found: { rows: { chosenName: string }[] } | undefined) => found?.rows.map((r) => r.chosenName);

beforeAll(async () => {
  people = await makeAgencies();
  for (const name of ["Ángel", "ANGELA", "Sky", "50% Mia", "Ana_B", "AnaxB"]) add(people.provider, name);
  add(people.colleague, "Angelito");
  add(people.outsider, "Angel Outside");
});

describe("finding a youth by name", () => {
  it("folds case and accents in the name and in what is typed, in name order", () => {
    expect(names(findYouthByName(people.provider, "angel"))).toEqual(["ANGELA", "Ángel"]);
    expect(names(findYouthByName(people.provider, "  ÁNG "))).toEqual(["ANGELA", "Ángel"]);
    expect(names(findYouthByName(people.provider, "sky"))).toEqual(["Sky"]);
    expect(names(findYouthByName(people.provider, "nobody"))).toEqual([]);
  });

  it("matches % and _ as themselves", () => {
    expect(names(findYouthByName(people.provider, "50%"))).toEqual(["50% Mia"]);
    expect(names(findYouthByName(people.provider, "a_b"))).toEqual(["Ana_B"]);
    expect(names(findYouthByName(people.provider, "%"))).toEqual(["50% Mia"]);
  });

  it("finds a provider's care team, a supervisor's agency, and never another agency", () => {
    expect(names(findYouthByName(people.colleague, "angel"))).toEqual(["Angelito"]);
    expect(names(findYouthByName(people.supervisor, "angel"))).toEqual(["ANGELA", "Angelito", "Ángel"]);
    expect(names(findYouthByName(people.outsider, "angel"))).toEqual(["Angel Outside"]);
    expect(findYouthByName(people.admin, "angel").rows).toEqual([]);
  });

  it("gives an admin the agency's records, and no one else", () => {
    expect(names(findRecordsByName(people.admin, "ANGEL"))).toEqual(["ANGELA", "Angelito", "Ángel"]);
    expect(findRecordsByName(people.supervisor, "angel")).toBeUndefined();
    expect(findRecordsByName(people.provider, "angel")).toBeUndefined();
  });

  it("shows the first names and says when there are more", async () => {
    const { provider } = await makeAgencies();
    for (let i = 0; i <= NAME_SEARCH_LIMIT; i++) add(provider, `Kai ${String(i).padStart(2, "0")}`);
    const found = findYouthByName(provider, "kai");
    expect(found.rows).toHaveLength(NAME_SEARCH_LIMIT);
    expect(found.rows[0]!.chosenName).toBe("Kai 00");
    expect(found.more).toBe(true);
    expect(findYouthByName(provider, "kai 2").more).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { sectionSchemasFor } from "../../templates/csecy-safety-plan/schema";
import { followUpFormSchema } from "../../templates/csecy-safety-plan/follow-up-answers";
import { followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { passwordSchemaWith } from "../../app/utils/password-rules";
import { parseWithSchema } from "../../app/utils/form-submission";

// The one parse of a form, in the browser and in every action (decision 019): a form's strings
// read as the schema's types, and each message at the field Conform names.
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

/** The messages of a refused submission (none when it succeeded). */
const errorsOf = (submission: object) => ("error" in submission ? submission.error : undefined);

describe("parseWithSchema", () => {
  it("reads empty fields as their defaults, a ticked box as true, and one value of a list as a list", () => {
    const submission = parseWithSchema(
      form([
        ["items[0].nickname", "Ana"],
        ["items[0].relationship", ""],
        ["items[0].knowsSituation", "on"],
        ["items[0].print.youth", "on"],
      ]),
      sectionSchemasFor("en").people,
    );
    expect(submission.status).toBe("success");
    const person = submission.status === "success" ? submission.value.items[0]! : undefined;
    expect(person).toMatchObject({ nickname: "Ana", relationship: "", knowsSituation: true, mightBeLinked: false, numberKept: "" });
    expect(person?.print).toEqual({ youth: true, discreet: false, card: false, adult: false });

    const coping = parseWithSchema(form([["chosen", "deep-breathing"]]), sectionSchemasFor("en").coping);
    expect(coping.status === "success" && coping.value).toMatchObject({ chosen: ["deep-breathing"], own: [] });
    const nothing = parseWithSchema(form([]), sectionSchemasFor("en").coping);
    expect(nothing.status === "success" && nothing.value).toMatchObject({ chosen: [], own: [] });
  });

  it("puts each message at its field's name, in the form's language", () => {
    const long = "x".repeat(5000);
    const es = parseWithSchema(form([["items[1].nickname", long], ["items[0].nickname", "Ana"]]), sectionSchemasFor("es").people);
    expect(es.status).toBe("error");
    expect((errorsOf(es) as Record<string, string[]>)["items[1].nickname"]?.[0]).toMatch(/^Usa como máximo \d+ caracteres, por favor\.$/);
    expect(Object.keys(errorsOf(es) ?? {})).toEqual(["items[1].nickname"]);

    const about = parseWithSchema(form([["date", "05/12/2026"], ["status", "made-up"]]), sectionSchemasFor("en").about);
    expect(errorsOf(about)).toEqual({ date: ["Please enter a date like 2026-12-05."], status: ["Please pick one of the choices."] });
  });

  it("gives a required field that was not sent its own message, and checks lengths", () => {
    const schema = z.object({
      password: passwordSchemaWith({ enterPassword: "Enter it", passwordTooShort: (min) => `At least ${min}`, passwordTooLong: (max) => `At most ${max}` }),
    });
    expect(errorsOf(parseWithSchema(form([]), schema))).toEqual({ password: ["Enter it"] });
    expect(errorsOf(parseWithSchema(form([["password", ""]]), schema))).toEqual({ password: ["Enter it"] });
    expect(errorsOf(parseWithSchema(form([["password", "short"]]), schema))).toEqual({ password: ["At least 12"] });
    expect(errorsOf(parseWithSchema(form([["password", "x".repeat(129)]]), schema))).toEqual({ password: ["At most 128"] });
  });

  it("answers Conform's list intents without saving: a new entry is added to what was typed", () => {
    const submission = parseWithSchema(
      form([
        ["items[0].nickname", "Ana"],
        ["__intent__", JSON.stringify({ type: "insert", payload: { name: "items" } })],
      ]),
      sectionSchemasFor("en").people,
    );
    expect(submission.status).toBeUndefined();
    expect(submission.payload).toMatchObject({ items: [{ nickname: "Ana" }, undefined] });
  });

  it("keeps an unanswered follow-up prompt valid and refuses a choice the prompt does not offer", () => {
    const prompts = followUpPrompts(demoPlanContent, templateText("en"));
    const schema = followUpFormSchema(prompts);
    expect(parseWithSchema(form([]), schema).status).toBe("success");
    const refused = parseWithSchema(form([["open.choice", "used-helped"]]), schema);
    expect(errorsOf(refused)).toEqual({ "open.choice": ["Please pick one of the answers."] });
  });
});

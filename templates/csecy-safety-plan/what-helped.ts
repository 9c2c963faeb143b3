import type { FollowUpDocument } from "./follow-up-answers";
import { strategyPrompts, type FollowUpChoice, type FollowUpPromptKind, type StrategyParts } from "./follow-up-prompts";
import type { TemplateText } from "./text-types";

export interface FollowUpRecord {
  /** The strategies of the version the follow-up revisited. */
  content: StrategyParts;
  answers: FollowUpDocument["answers"];
}

export interface WhatHelpedRow {
  key: string;
  kind: Extract<FollowUpPromptKind, "coping" | "safer-working">;
  subject: string;
  /**
   * One cell per follow-up, oldest first: the answer, "" when the prompt was left unanswered,
   * or null when the strategy was not in the plan at that meeting.
   */
  outcomes: (FollowUpChoice | "" | null)[];
}

/**
 * "What helped, over time": one row per strategy across all follow-ups of a plan. A strategy
 * chosen from the toolkit's list is the same row in every version (its id); an idea of the
 * youth's own has no id, so it is the same row while its words stay the same.
 */
export function whatHelped(followUps: readonly FollowUpRecord[], text: TemplateText): WhatHelpedRow[] {
  const rows = new Map<string, WhatHelpedRow>();
  followUps.forEach((followUp, column) => {
    for (const prompt of strategyPrompts(followUp.content, text)) {
      const rowKey = prompt.key.includes(":own-") ? `${prompt.kind}:own:${prompt.subject.trim().toLowerCase()}` : prompt.key;
      let row = rows.get(rowKey);
      if (!row) {
        row = { key: rowKey, kind: prompt.kind, subject: prompt.subject, outcomes: followUps.map(() => null) };
        rows.set(rowKey, row);
      }
      row.outcomes[column] = followUp.answers[prompt.key]?.choice ?? "";
    }
  });
  return [...rows.values()];
}

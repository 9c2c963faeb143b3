import { postForm, revisionIn } from "./server-process";

/** The sections the drivers write, each through one text field. */
export const DRIVEN_FIELDS = { "follow-up": "checkOn", questions: "q1.text" } as const;
export type DrivenSection = keyof typeof DRIVEN_FIELDS;

/** One save a client attempted, and what became of it. */
export type Attempt = {
  client: number;
  planId: string;
  kind: "section" | "version";
  section?: DrivenSection;
  value?: string;
  /** The draft revision the form carried. */
  sentRevision: number;
  /**
   * acked: the server answered 302 (saved); conflict: 409 (stale revision, nothing saved);
   * unanswered: the connection failed before an answer (the server was killed), so it may or may
   * not have been saved; unexpected: any other answer.
   */
  outcome: "acked" | "conflict" | "unanswered" | "unexpected";
  status?: number;
  versionNumber?: number;
  /** Milliseconds since the epoch when the answer arrived (acked saves). */
  answeredAt?: number;
};

/**
 * One browser-like client saving sections and versions of one plan as fast as it can, keeping the
 * revision its forms carry as a person's open page would: the one it saved at, or the current one
 * a conflict page shows.
 */
export class SaveDriver {
  private revision = 0;
  private seq = 0;
  constructor(
    readonly client: number,
    readonly planId: string,
    private readonly cookie: string,
    private readonly attempts: Attempt[],
    private readonly random: () => number = Math.random,
  ) {}

  /** Reads the current revision from the review page. */
  async open(baseUrl: string): Promise<void> {
    const response = await fetch(`${baseUrl}/plans/${this.planId}/review`, { headers: { Cookie: this.cookie } });
    this.revision = revisionIn(await response.text());
  }

  /** Saves until `keepGoing` says stop or the server stops answering. */
  async run(baseUrl: string, keepGoing: () => boolean, versionShare = 0.15): Promise<void> {
    while (keepGoing()) {
      const answered = this.random() < versionShare ? await this.saveVersion(baseUrl) : await this.saveSection(baseUrl);
      if (!answered) return;
    }
  }

  async saveSection(baseUrl: string): Promise<boolean> {
    const sections = Object.keys(DRIVEN_FIELDS) as DrivenSection[];
    const section = sections[Math.floor(this.random() * sections.length)]!;
    const value = `client ${this.client} save ${++this.seq}`;
    const attempt: Attempt = { client: this.client, planId: this.planId, kind: "section", section, value, sentRevision: this.revision, outcome: "unanswered" };
    this.attempts.push(attempt);
    const fields: [string, string][] = [["revision", String(this.revision)], [DRIVEN_FIELDS[section], value]];
    return this.record(attempt, () => postForm(baseUrl, `/plans/${this.planId}/sections/${section}`, fields, this.cookie));
  }

  async saveVersion(baseUrl: string): Promise<boolean> {
    const attempt: Attempt = { client: this.client, planId: this.planId, kind: "version", sentRevision: this.revision, outcome: "unanswered" };
    this.attempts.push(attempt);
    const fields: [string, string][] = [["revision", String(this.revision)], ["note", `client ${this.client}`]];
    return this.record(attempt, () => postForm(baseUrl, `/plans/${this.planId}/review`, fields, this.cookie));
  }

  private async record(attempt: Attempt, send: () => Promise<Response>): Promise<boolean> {
    let response: Response;
    let body: string;
    try {
      response = await send();
      body = await response.text();
    } catch {
      return false;
    }
    attempt.status = response.status;
    if (response.status === 302) {
      attempt.outcome = "acked";
      attempt.answeredAt = Date.now();
      if (attempt.kind === "section") this.revision = attempt.sentRevision + 1;
      else attempt.versionNumber = Number(/\/versions\/(\d+)/.exec(response.headers.get("Location") ?? "")?.[1]);
    } else if (response.status === 409) {
      attempt.outcome = "conflict";
      this.revision = revisionIn(body);
    } else {
      attempt.outcome = "unexpected";
    }
    return true;
  }
}

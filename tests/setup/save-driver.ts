import { postForm, revisionIn } from "./server-process";

/** The sections the drivers write, each through one text field. */
export const DRIVEN_FIELDS = { "follow-up": "checkOn", questions: "q1.text" } as const;
export type DrivenSection = keyof typeof DRIVEN_FIELDS;

/** A date for client `client`'s save `seq` that no other save of the run uses. */
function uniqueMeetingDate(client: number, seq: number): string {
  return new Date(Date.UTC(2027, 0, 1 + client * 10_000 + seq)).toISOString().slice(0, 10);
}

/** One save a client attempted, and what became of it. */
export type Attempt = {
  client: number;
  planId: string;
  kind: "section" | "version";
  section?: DrivenSection;
  value?: string;
  /** The next meeting date a version save set (YYYY-MM-DD). */
  nextMeeting?: string;
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

  /**
   * Reads the current revision from a section page. Not from the review page: it offers no form
   * (so no revision) when the draft is the latest version as it stands, as it is after a kill
   * that came right after a version save.
   */
  async open(baseUrl: string): Promise<void> {
    this.revision = revisionIn(await this.sectionPage(baseUrl));
  }

  private async sectionPage(baseUrl: string): Promise<string> {
    return (await fetch(`${baseUrl}/plans/${this.planId}/sections/follow-up`, { headers: { Cookie: this.cookie } })).text();
  }

  /** The current revision from a section page, as a person would go back to one; false when the server is gone. */
  private async reopen(baseUrl: string): Promise<boolean> {
    let page: string;
    try {
      page = await this.sectionPage(baseUrl);
    } catch {
      return false;
    }
    this.revision = revisionIn(page);
    return true;
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
    return this.record(attempt, baseUrl, () => postForm(baseUrl, `/plans/${this.planId}/sections/${section}`, fields, this.cookie));
  }

  /**
   * Saves a version that moves the next meeting to a date no other save used, as the review form
   * allows: the plan changes with every version (an identical version is refused, by design), and
   * that change writes the draft at the revision the form carried, like a section save.
   */
  async saveVersion(baseUrl: string): Promise<boolean> {
    const nextMeeting = uniqueMeetingDate(this.client, ++this.seq);
    const attempt: Attempt = { client: this.client, planId: this.planId, kind: "version", nextMeeting, sentRevision: this.revision, outcome: "unanswered" };
    this.attempts.push(attempt);
    const fields: [string, string][] = [["revision", String(this.revision)], ["nextMeeting", nextMeeting], ["note", `client ${this.client}`]];
    return this.record(attempt, baseUrl, () => postForm(baseUrl, `/plans/${this.planId}/review`, fields, this.cookie));
  }

  private async record(attempt: Attempt, baseUrl: string, send: () => Promise<Response>): Promise<boolean> {
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
      this.revision = attempt.sentRevision + 1;
      if (attempt.kind === "version") attempt.versionNumber = Number(/\/versions\/(\d+)/.exec(response.headers.get("Location") ?? "")?.[1]);
    } else if (response.status === 409) {
      attempt.outcome = "conflict";
      if (/name="revision"/.test(body)) this.revision = revisionIn(body);
      else if (!(await this.reopen(baseUrl))) return false;
    } else {
      attempt.outcome = "unexpected";
    }
    return true;
  }
}

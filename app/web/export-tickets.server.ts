import { randomBytes } from "node:crypto";

/*
 * An export is authorised by a POST (the admin's password again and a reason); the file itself is
 * then fetched once with a ticket: a Remix page's action cannot answer with a download, and a
 * form refused at a field must keep what was typed. A ticket is 256 random bits, for the one
 * admin and record it was made for, good once and for one minute, and holds no content.
 */

const TICKET_MS = 60_000;
const MAX_TICKETS = 1_000;

interface Ticket {
  userId: string;
  youthId: string;
  reason: string;
  expires: number;
}

const tickets = new Map<string, Ticket>();

export function issueExportTicket(userId: string, youthId: string, reason: string, now = Date.now()): string {
  for (const [id, t] of tickets) if (t.expires <= now) tickets.delete(id);
  if (tickets.size >= MAX_TICKETS) tickets.delete(tickets.keys().next().value!);
  const id = randomBytes(32).toString("base64url");
  tickets.set(id, { userId, youthId, reason, expires: now + TICKET_MS });
  return id;
}

/** The reason of a live ticket for this admin and record, used up; undefined otherwise. */
export function redeemExportTicket(id: string, userId: string, youthId: string, now = Date.now()): string | undefined {
  const ticket = tickets.get(id);
  if (!ticket) return undefined;
  tickets.delete(id);
  return ticket.userId === userId && ticket.youthId === youthId && ticket.expires > now ? ticket.reason : undefined;
}

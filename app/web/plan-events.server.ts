import { EventEmitter } from "node:events";

/**
 * Saves announced to the together view's live streams (server-sent events), in this process: the
 * app runs as one process, so every screen's stream hears every save. An announcement names the
 * section and the plan's new revision, never what was typed.
 */
export interface SaveAnnouncement {
  section: string;
  revision: number;
}

interface LiveState {
  saves: EventEmitter;
  /** Every open stream's way to end itself, so a shutdown does not wait for screens to close. */
  openStreams: Set<() => void>;
}

/**
 * Kept on the process, not the module: the server's own bundle (which stops it) and the Remix
 * build (whose routes open the streams) each hold a copy of this module.
 */
const LIVE_STATE = Symbol.for("safety-plan-builder.live-state");
const live = ((globalThis as { [LIVE_STATE]?: LiveState })[LIVE_STATE] ??= (() => {
  const saves = new EventEmitter();
  // One listener per open screen: many screens on one plan are expected, not a leak.
  saves.setMaxListeners(0);
  return { saves, openStreams: new Set<() => void>() };
})());
const { saves, openStreams } = live;

export function announceSave(planId: string, announcement: SaveAnnouncement): void {
  saves.emit(planId, announcement);
}

export function onSave(planId: string, listener: (announcement: SaveAnnouncement) => void): () => void {
  saves.on(planId, listener);
  return () => saves.off(planId, listener);
}

/** Registers an open stream's end; returns the function that forgets it once it has ended. */
export function trackStream(end: () => void): () => void {
  openStreams.add(end);
  return () => openStreams.delete(end);
}

/** Ends every open stream (the server is stopping): browsers reconnect to the next server. */
export function endLiveStreams(): void {
  for (const end of [...openStreams]) end();
}

import { togetherStillOpen } from "./auth.server";
import { onSave, trackStream } from "./plan-events.server";
import { requireTogetherPlan, type TogetherRequest } from "./together-pages.server";

/** How often an open stream checks its session and sends a keep-alive comment. */
const CHECK_EVERY_MS = 10_000;

const STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: the compression middleware leaves the stream unbuffered.
  "Cache-Control": "no-store, no-transform",
  "X-Accel-Buffering": "no",
};

/**
 * The together view's live stream (server-sent events). Each save of the plan (from either
 * screen) is announced as `saved` with its section and revision, never its content; when the
 * session that opened the stream ends (the provider ended the phone's session, idle, Quick exit)
 * the stream says `ended` and closes.
 */
export async function togetherStream(asked: TogetherRequest): Promise<Response> {
  const { request } = asked;
  const { plan } = await requireTogetherPlan(asked);
  // Only a client that asks for a stream (EventSource does) holds one open; anything else gets its
  // opening and its end, so a crawler or a plain fetch of the address never hangs.
  if (!request.headers.get("Accept")?.includes("text/event-stream")) return new Response("retry: 2000\n\n", { headers: STREAM_HEADERS });
  const stillOpen = await togetherStillOpen(request, plan.id);
  const encoder = new TextEncoder();
  let cancelled = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let ended = false;
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const stop = () => {
        if (ended) return;
        ended = true;
        stopListening();
        clearInterval(checks);
        untrack();
      };
      const end = () => {
        if (ended) return;
        stop();
        send("event: ended\ndata: {}\n\n");
        controller.close();
      };
      const stopListening = onSave(plan.id, (announcement) => {
        if (stillOpen()) send(`event: saved\ndata: ${JSON.stringify(announcement)}\n\n`);
        else end();
      });
      const checks = setInterval(() => (stillOpen() ? send(": open\n\n") : end()), CHECK_EVERY_MS);
      const untrack = trackStream(end);
      request.signal.addEventListener("abort", stop);
      send("retry: 2000\n\n");
      // The reader gone (the screen closed it) without the request being aborted: stop
      // listening too, or the next save would write to a closed stream and fail its own answer.
      cancelled = stop;
    },
    cancel() {
      cancelled();
    },
  });
  return new Response(stream, { headers: STREAM_HEADERS });
}

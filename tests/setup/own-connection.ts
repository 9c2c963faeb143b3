import { request } from "node:http";

/**
 * `fetch` for a test that asserts what the server answers: one request on a connection opened for
 * it alone, answered as a `Response` (redirects not followed).
 *
 * `fetch` reuses a pooled keep-alive connection. The server closes a connection that has been
 * idle for its keepAliveTimeout (5 s), and a client starved of CPU (a loaded machine, or a long
 * synchronous stretch such as copying 200 bodies) can pick that connection before it has
 * processed the server's FIN: its write then fails (`write EPIPE`, "fetch failed") and a POST,
 * not idempotent, is not retried. HTTP lets either side close an idle connection at any time
 * (RFC 9112 §9.3.1; browsers retry a request that failed on a reused connection), so that race
 * says nothing about the server. A fresh connection per request removes it whatever the load; a
 * connection the server itself cuts still fails the request.
 */
export function fetchOnOwnConnection(
  url: string,
  { method = "GET", headers = {}, body, chunked = false }: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array; chunked?: boolean },
): Promise<Response> {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return new Promise((done, fail) => {
    const req = request(url, {
      method,
      headers: bytes && !chunked ? { ...headers, "Content-Length": String(bytes.length) } : headers,
      agent: false,
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", fail);
      res.on("end", () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) answerHeaders.append(name, one);
        }
        const status = res.statusCode!;
        const withoutBody = status === 204 || status === 304 || method === "HEAD";
        done(new Response(withoutBody ? null : Buffer.concat(chunks), { status, headers: answerHeaders }));
      });
    });
    req.on("error", fail);
    if (bytes && chunked) {
      for (let at = 0; at < bytes.length; at += 64 * 1024) req.write(bytes.subarray(at, at + 64 * 1024));
    }
    req.end(bytes && !chunked ? bytes : undefined);
  });
}

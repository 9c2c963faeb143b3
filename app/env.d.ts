/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />
import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  /** Set by our Express server (app/server/app.server.ts); absent when a test calls the handler directly. */
  interface AppLoadContext {
    cspNonce?: string;
    clientAddress?: string;
  }
}

export {};

import * as z from "zod";

// Import zod as `import * as z from "zod"`, never `import { z } from "zod"`: that named export is
// the whole namespace as one object, so the browser bundle kept every export of it, zod's ~40
// message translations among them (about 64 KB gzip on every page). Our messages are our own.

// Zod 4 probes for eval (`new Function`) to compile faster validators. Our CSP forbids eval, so in
// the browser the probe is a reported violation. Validate without it. Imported first by every
// module of ours that builds a schema, so it runs before any schema is built whatever order the
// browser evaluates the route chunks in; not by root.tsx, so a page without a form loads no zod.
z.config({ jitless: true });

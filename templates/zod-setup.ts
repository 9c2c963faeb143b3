import * as z from "zod/mini";

// Schemas are built with `zod/mini` (decision 019): classic zod's schema class carries every
// method of every type, so a page with a form shipped all of it (about 17 KB gzip). Import it as
// `import * as z from "zod/mini"`: the named export `z` is the whole namespace as one object,
// which the bundler cannot trim.

// Zod 4 probes for eval (`new Function`) to compile faster validators. Our CSP forbids eval, so in
// the browser the probe is a reported violation. Validate without it. Imported first by every
// module of ours that builds a schema, so it runs before any schema is built whatever order the
// browser evaluates the route chunks in; not by root.tsx, so a page without a form loads no zod.
z.config({ jitless: true });

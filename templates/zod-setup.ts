import { z } from "zod";

// Zod 4 probes for eval (`new Function`) to compile faster validators. Our CSP forbids eval, so in
// the browser the probe is a reported violation. Validate without it. Imported first by every
// module of ours that builds a schema at load time, and by root.tsx, so it runs before any schema
// is built whatever order the browser evaluates the route chunks in.
z.config({ jitless: true });

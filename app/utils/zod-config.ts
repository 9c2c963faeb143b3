import { z } from "zod";

// Zod 4 probes for eval (`new Function`) to compile faster validators. Our CSP forbids eval, so in
// the browser the probe is a reported violation. Validate without it. Imported first by root.tsx,
// so it runs before any route module builds a schema.
z.config({ jitless: true });

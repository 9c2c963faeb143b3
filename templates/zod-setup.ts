import * as z from "zod/mini";

// Schemas are built with `zod/mini` (decision 019). Import it as `import * as z from "zod/mini"`:
// the named export `z` is the whole namespace as one object, which the bundler cannot trim.

// Only the server checks forms (decision 023): this runs on the server alone, imported first by
// the template's schema modules and by app/web/forms.server.ts, before any schema is built (zod
// reads the setting when it builds an object schema). No module the browser loads may import it;
// tests/server/client-bundle.test.ts holds that no zod reaches the browser at all.
// jitless: zod would otherwise compile object validators with `new Function`. It was set for the
// browser, whose CSP forbids that; kept so the server validates as it was measured and tested.
z.config({ jitless: true });

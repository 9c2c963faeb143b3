import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";

export interface AppRoute {
  id: string;
  /** The full URL pattern, e.g. /plans/:planId/versions/:number/pdf */
  pattern: string;
  hasLoader: boolean;
  hasAction: boolean;
  /** The route renders a page (its module has a component); a resource route does not. */
  hasPage: boolean;
}

/** Every route of the built app, read from its route manifest: a new route is covered without editing a test. */
export async function appRoutes(): Promise<AppRoute[]> {
  const build = (await import(pathToFileURL(resolve("build/index.js")).href)) as ServerBuild;
  const fullPath = (id: string): string => {
    const route = build.routes[id]!;
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent || "/";
  };
  return Object.values(build.routes)
    .filter((r) => r.id !== "root")
    .map((r) => ({ id: r.id, pattern: fullPath(r.id), hasLoader: Boolean(r.module.loader), hasAction: Boolean(r.module.action), hasPage: Boolean(r.module.default) }));
}

/**
 * A route's URL with its params filled from `values` by name; an unknown param gets `fallback`
 * (a real record id), so a route added later is still walked against a real record.
 */
export function fillParams(pattern: string, values: Record<string, string>, fallback: string): string {
  return pattern.replace(/:([A-Za-z0-9_]+)\??/g, (_, name: string) => values[name] ?? fallback).replace(/\/\*$/, "/x");
}

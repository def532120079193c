import type { ScenarioContext, ScenarioResult } from "../types";

export interface Scenario {
  run(ctx: ScenarioContext): Promise<ScenarioResult[]>;
}

const loaders = {
  import: () => import("./import"),
  export: () => import("./export"),
  "save-unit": () => import("./save-unit"),
  "open-editor": () => import("./open-editor"),
  glossary: () => import("./glossary"),
  align: () => import("./align"),
  "bulk-approve": () => import("./bulk-approve"),
  search: () => import("./search"),
  formats: () => import("./formats"),
  qa: () => import("./qa"),
  scaling: () => import("./scaling"),
  tm: () => import("./tm"),
  "tm-1m": () => import("./tm-1m"),
  capacity: () => import("./capacity"),
} satisfies Record<string, () => Promise<Scenario>>;

export type ScenarioName = keyof typeof loaders;
export const scenarioNames = Object.keys(loaders) as ScenarioName[];

export function loadScenario(name: ScenarioName): Promise<Scenario> {
  const load = loaders[name];
  if (!load) throw new Error(`Unknown scenario ${name}`);
  return load();
}

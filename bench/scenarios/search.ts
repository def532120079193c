import { skipped } from "../result";
import type { ScenarioContext, ScenarioResult } from "../types";

export async function run(_ctx: ScenarioContext): Promise<ScenarioResult[]> {
  return [skipped("todo", "", "not written yet")];
}

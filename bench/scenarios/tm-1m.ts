import type { ScenarioContext, ScenarioResult } from "../types";
import { runSizes } from "./tm";

/** The translation-memory rows at 1,000,000 entries (the targets are set there). */
export function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  return runSizes(ctx, [1_000_000]);
}

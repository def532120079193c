import { describe, expect, it } from "vitest";
import { saveUnit } from "@/features/editor/mutations";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { prisma } from "@/lib/server/prisma";
import { makeDocument, makeUser } from "../support/fixtures";

/*
 * Only the QA refresh of a save runs with a generic plan: the function qa_refresh_units carries the setting in its SET
 * clause. A session-wide force_generic_plan would reach every parameterised query (unnamed statements too): a prefix
 * LIKE lost its index, 0.4 ms → 57 ms.
 */
describe("plan_cache_mode", () => {
  it("is force_generic_plan for the QA refresh function alone", async () => {
    const [fn] = await prisma.$queryRaw<{ config: string[] | null }[]>`
      SELECT proconfig AS config FROM pg_proc WHERE proname = 'qa_refresh_units'`;
    expect(fn?.config).toEqual(["plan_cache_mode=force_generic_plan"]);
  });

  it("is auto on the app's connections, before and after a save that refreshed QA inside its transaction", async () => {
    const show = async () => (await prisma.$queryRaw<{ plan_cache_mode: string }[]>`SHOW plan_cache_mode`)[0].plan_cache_mode;
    expect(await show()).toBe("auto");
    const user = await makeUser("translator", "plan-cache");
    const { id, unitIds } = await makeDocument(["2 लाख लोग आए।"]);
    await ensureDocumentQa(id);
    const saved = await saveUnit(unitIds[0], { english: "20,000 people came.", version: 1, markTranslated: true }, user);
    expect(saved.qa.some((i) => i.severity === "error")).toBe(true);
    for (let i = 0; i < 5; i++) expect(await show()).toBe("auto");
    const inside = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('plan_cache_mode', 'force_generic_plan', true)`;
      return (await tx.$queryRaw<{ plan_cache_mode: string }[]>`SHOW plan_cache_mode`)[0].plan_cache_mode;
    });
    expect(inside).toBe("force_generic_plan");
    expect(await show()).toBe("auto");
  });
});

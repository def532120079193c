import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveUnit } from "@/features/editor/mutations";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { someoneWaitsForALock } from "../support/locks";

/*
 * A save locks in Setu's one order, document row (a share) before unit, in a single statement (lockUnit's CTE).
 * Here another connection holds the document row as a whole-document QA run or an alignment operation does: the
 * save must wait on the document and hold no lock on its unit meanwhile, or the two could wait for each other.
 */
let user: CurrentUser;
let holder: pg.Client;
let probe: pg.Client;

beforeAll(async () => {
  user = await makeUser("translator", "lock-order");
  holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  probe = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  await probe.connect();
});

afterAll(async () => {
  await holder.end();
  await probe.end();
});

describe("a save's locks", () => {
  it("waits for the document row before it locks the unit", async () => {
    const { id, unitIds } = await makeDocument(["पहला वाक्य है।", "दूसरा वाक्य है।"]);
    await holder.query("BEGIN");
    await holder.query("SELECT id FROM document WHERE id = $1 FOR UPDATE", [id]);
    const save = saveUnit(unitIds[0], { english: "The first sentence.", version: 1, markTranslated: false }, user);
    try {
      await someoneWaitsForALock(probe, "the save never waited for the document row");
      // The unit is free while the save waits: another transaction can lock it at once.
      await probe.query("BEGIN");
      const { rows } = await probe.query("SELECT id FROM unit WHERE id = $1 FOR UPDATE NOWAIT", [unitIds[0]]);
      expect(rows).toHaveLength(1);
      await probe.query("ROLLBACK");
    } finally {
      await holder.query("COMMIT");
    }
    const saved = await save;
    expect(saved).toMatchObject({ english: "The first sentence.", version: 2 });
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as memoryRoute } from "@/app/api/units/[id]/memory/route";
import { saveUnit } from "@/features/editor/mutations";
import { setMember } from "@/features/projects/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The editor's memory route over the real handler: refusals first (no session, a member of
 * another project, a bad id), then what a member sees. A read, but the memory must not change.
 */
const S1 = "सरकार ने 500 करोड़ रुपये की नई योजना घोषित की।";
const S2 = "प्रधानमंत्री ने आज दिल्ली में किसानों से बात की।";

let outsider: CurrentUser;
let member: CurrentUser;
let outsiderCookie: string;
let memberCookie: string;
let projectId: string;
let queryUnit: number;

beforeAll(async () => {
  outsider = await makeUser("translator", "tm-route-out");
  member = await makeUser("translator", "tm-route-in");
  outsiderCookie = await sessionCookie(outsider.email, "correct horse 7");
  memberCookie = await sessionCookie(member.email, "correct horse 7");
  projectId = (await prisma.project.create({ data: { name: `tm-route ${Date.now()}` } })).id;
  await setMember(projectId, member.id, "translator", null);
  // New accounts join the default project; the outsider is not a member of this one.
  const stored = await makeDocument([S2, S1], null, projectId);
  await saveUnit(
    stored.unitIds[1],
    { english: "The government announced a Rs 500 crore scheme.", version: 1, markTranslated: true },
    member,
  );
  const query = await makeDocument([S1.replace("500", "800")], null, projectId);
  queryUnit = query.unitIds[0];
});

const memoryRows = () => prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });

describe("GET /api/units/:id/memory", () => {
  it("refuses without a session, and the memory is unchanged", async () => {
    const before = await memoryRows();
    const r = await call(memoryRoute, "GET", `/api/units/${queryUnit}/memory`, { cookie: null, params: { id: String(queryUnit) } });
    expect(r.status).toBe(401);
    expect(r.body.error?.code).toBe("UNAUTHENTICATED");
    expect(await memoryRows()).toEqual(before);
  });

  it("answers a member of another project as if the unit did not exist (404), showing nothing of the memory", async () => {
    const r = await call(memoryRoute, "GET", `/api/units/${queryUnit}/memory`, {
      cookie: outsiderCookie,
      params: { id: String(queryUnit) },
    });
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toContain("crore");
    const none = await call(memoryRoute, "GET", "/api/units/2147483600/memory", { cookie: outsiderCookie, params: { id: "2147483600" } });
    expect(none.status).toBe(404);
    expect(none.body.error?.details).toEqual(r.body.error?.details);
  });

  it("refuses a malformed id", async () => {
    const r = await call(memoryRoute, "GET", "/api/units/x/memory", { cookie: memberCookie, params: { id: "1e3" } });
    expect(r.status).toBe(400);
  });

  it("gives a member the best match with the number replaced, its diff and its status", async () => {
    const before = await memoryRows();
    const r = await call(memoryRoute, "GET", `/api/units/${queryUnit}/memory`, { cookie: memberCookie, params: { id: String(queryUnit) } });
    expect(r.status).toBe(200);
    const matches = r.body.matches as {
      score: number;
      english: string;
      substituted: boolean;
      status: string;
      diff: { text: string; kind: string }[];
    }[];
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      english: "The government announced a Rs 800 crore scheme.",
      substituted: true,
      status: "translated",
    });
    expect(matches[0].diff.filter((d) => d.kind === "changed").map((d) => d.text)).toEqual(["500"]);
    expect(await memoryRows()).toEqual(before);
  });
});

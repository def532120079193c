import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as liveRoute } from "@/app/api/documents/[id]/live/route";
import { DELETE as presenceLeave, POST as presenceRoute } from "@/app/api/documents/[id]/presence/route";
import { PUT as saveRoute } from "@/app/api/units/[id]/route";
import { loadChanges } from "@/features/editor/data";
import { heartbeat, mergeWithNext, saveUnit } from "@/features/editor/mutations";
import { streamStillAllowed } from "@/features/projects/data";
import { setMember } from "@/features/projects/mutations";
import { closeLiveBus, liveSubscribers, subscribeLive } from "@/lib/server/live-bus";
import { liveStream } from "@/lib/server/live-stream";
import { getPgPool } from "@/lib/server/pg";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { asSession, call, ORIGIN, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * Live updates over the real route and a real PostgreSQL: the database's triggers ring on commit,
 * the instance's one LISTEN connection hears it, and the document's Server-Sent Events stream says
 * "change". Refusals first (they must not even subscribe), then what rings and what does not.
 */

/** Reads a Server-Sent Events body as a list of event names, waiting for more when asked. */
function eventReader(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let ended = false;
  const events: string[] = [];
  const data: string[] = [];
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.+)$/m.exec(frame)?.[1];
        if (name) {
          events.push(name);
          data.push(/^data: ?(.*)$/m.exec(frame)?.[1] ?? "");
        }
        end = buffer.indexOf("\n\n");
      }
    }
    ended = true;
  })().catch(() => {
    ended = true;
  });
  return {
    events,
    /** Each event's data line, beside `events`. */
    data,
    ended: () => ended,
    /**
     * Waits until `count` events have arrived (or `ms` passed); returns all seen so far. The wait is
     * generous: how fast a ring arrives is the capacity benchmark's to measure, not a test's.
     */
    async waitFor(count: number, ms = 5_000): Promise<string[]> {
      const until = Date.now() + ms;
      while (events.length < count && !ended && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      return [...events];
    },
    async close() {
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

let projectId: string;
let otherProjectId: string;
let translator: CurrentUser;
let member: CurrentUser;
const cookies: Record<"translator" | "member" | "outsider" | "removed", string> = {} as never;
let removedUser: CurrentUser;

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `live ${Date.now()}` } })).id;
  otherProjectId = (await prisma.project.create({ data: { name: `live other ${Date.now()}` } })).id;
  translator = await makeUser("translator", "live-tr");
  member = await makeUser("translator", "live-member");
  const outsider = await makeUser("reviewer", "live-out");
  removedUser = await makeUser("translator", "live-removed");
  await setMember(projectId, translator.id, "translator", null);
  await setMember(projectId, member.id, "reviewer", null);
  await setMember(projectId, removedUser.id, "translator", null);
  await setMember(otherProjectId, outsider.id, "manager", null);
  cookies.translator = await sessionCookie(translator.email, "correct horse 7");
  cookies.member = await sessionCookie(member.email, "correct horse 7");
  cookies.outsider = await sessionCookie(outsider.email, "correct horse 7");
  cookies.removed = await sessionCookie(removedUser.email, "correct horse 7");
});

afterAll(async () => {
  await closeLiveBus();
});

/**
 * A new document, once the rings of its own import have been heard: PostgreSQL delivers a listener's
 * notifications in commit order, so when a probe with a payload of its own, rung after the import,
 * arrives, the import's ring has arrived before it and cannot reach a stream opened afterwards.
 */
async function quietDocument(sentences: string[]) {
  const doc = await makeDocument(sentences, translator.id, projectId);
  await ringsHeard(doc.id);
  return doc;
}

/** Waits until every ring committed so far has reached this instance: a probe rung now arrives after them (commit order). */
async function ringsHeard(label: string) {
  const token = `probe-${label}-${Date.now().toString(36)}`;
  let heard: () => void = () => {};
  const probe = new Promise<void>((resolve) => {
    heard = resolve;
  });
  const unsubscribe = await subscribeLive(token, () => heard());
  await prisma.$executeRaw`SELECT pg_notify('setu_live', ${token})`;
  await probe;
  unsubscribe();
}

describe("GET /api/documents/:id/live refuses before it listens", () => {
  it("no session: 401; another project's member and a missing document: the same 404; nobody subscribed", async () => {
    const doc = await quietDocument(["पहला वाक्य है।"]);
    const anonymous = await call(liveRoute, "GET", `/api/documents/${doc.id}/live`, { cookie: null, params: { id: doc.id } });
    expect(anonymous.status).toBe(401);
    const outsider = await call(liveRoute, "GET", `/api/documents/${doc.id}/live`, { cookie: cookies.outsider, params: { id: doc.id } });
    expect(outsider.status).toBe(404);
    const missing = await call(liveRoute, "GET", "/api/documents/nosuchdocument000000000/live", {
      cookie: cookies.outsider,
      params: { id: "nosuchdocument000000000" },
    });
    expect(missing.status).toBe(404);
    expect(outsider.body.error?.message.replace(doc.id, "ID")).toBe(missing.body.error?.message.replace("nosuchdocument000000000", "ID"));
    expect(liveSubscribers(doc.id)).toBe(0);
  });
});

/** The route's response for a member, read as events; `client` names the editor tab that opened it. */
async function stream(documentId: string, cookie: string, client?: string, push = false) {
  const controller = new AbortController();
  const headers = new Headers({ host: new URL(ORIGIN).host, cookie });
  const url = new URL(`/api/documents/${documentId}/live`, ORIGIN);
  if (client !== undefined) url.searchParams.set("client", client);
  if (push) url.searchParams.set("push", "1");
  const request = new Request(url, { headers, signal: controller.signal });
  const response = await asSession(cookie, () => liveRoute(request, { params: Promise.resolve({ id: documentId }) }));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(response.headers.get("cache-control")).toContain("no-transform");
  const reader = eventReader(response);
  expect(await reader.waitFor(1)).toEqual(["ready"]);
  return { reader, controller };
}

describe("what rings a document's stream", () => {
  it("a save by someone else, and nothing for another document's save", async () => {
    const doc = await quietDocument(["पहला वाक्य है।", "दूसरा वाक्य है।"]);
    const other = await quietDocument(["तीसरा वाक्य है।"]);
    const { reader, controller } = await stream(doc.id, cookies.member);
    await saveUnit(other.unitIds[0] as number, { english: "Elsewhere.", version: 1, markTranslated: false }, translator);
    expect(await reader.waitFor(2, 300)).toEqual(["ready"]);
    await saveUnit(doc.unitIds[0] as number, { english: "The first sentence.", version: 1, markTranslated: true }, translator);
    expect(await reader.waitFor(2)).toEqual(["ready", "change"]);
    controller.abort();
    await reader.close();
    expect(liveSubscribers(doc.id)).toBe(0);
  });

  it("one statement over many units rings once; a structure change, a comment and presence ring too", async () => {
    const doc = await quietDocument(["एक है।", "दो है।", "तीन है।", "चार है।"]);
    const { reader, controller } = await stream(doc.id, cookies.member);
    await prisma.$executeRaw`UPDATE unit SET english = 'x' WHERE document_id = ${doc.id}`;
    expect(await reader.waitFor(2)).toEqual(["ready", "change"]);
    // Nothing more comes of that one statement.
    expect(await reader.waitFor(3, 300)).toEqual(["ready", "change"]);
    const [first, second] = await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { firstSentence: "asc" } });
    await mergeWithNext(first?.id as number, { version: first?.version as number, nextVersion: second?.version as number }, translator);
    expect((await reader.waitFor(3)).length).toBe(3);
    await heartbeat(translator.id, doc.id, first?.id as number);
    expect((await reader.waitFor(4)).length).toBe(4);
    // "Still here" on the same unit rings nobody; moving to another unit does.
    await heartbeat(translator.id, doc.id, first?.id as number);
    expect((await reader.waitFor(5, 300)).length).toBe(4);
    const third = (await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { firstSentence: "asc" } }))[1];
    await heartbeat(translator.id, doc.id, third?.id as number);
    expect((await reader.waitFor(5)).length).toBe(5);
    await prisma.comment.create({ data: { unitId: third?.id as number, authorId: translator.id, body: "देखिए" } });
    expect((await reader.waitFor(6)).length).toBe(6);
    controller.abort();
    await reader.close();
  });

  it("a rolled-back change rings nobody", async () => {
    const doc = await quietDocument(["एक है।"]);
    const { reader, controller } = await stream(doc.id, cookies.member);
    await prisma
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE unit SET english = 'never' WHERE document_id = ${doc.id}`;
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await reader.waitFor(2, 400)).toEqual(["ready"]);
    controller.abort();
    await reader.close();
  });
});

describe("a member removed from the project", () => {
  it("stops hearing at the next check: the stream ends", async () => {
    const doc = await quietDocument(["एक है।"]);
    let allowed = true;
    const controller = new AbortController();
    const response = await liveStream({
      documentId: doc.id,
      signal: controller.signal,
      stillAllowed: async () => allowed,
      keepaliveMs: 50,
    });
    const reader = eventReader(response);
    expect(await reader.waitFor(1)).toEqual(["ready"]);
    allowed = false;
    const until = Date.now() + 2_000;
    while (!reader.ended() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(reader.ended()).toBe(true);
    expect(liveSubscribers(doc.id)).toBe(0);
    await reader.close();
  });

  it("the route's check is the project membership, read from the database", async () => {
    const doc = await quietDocument(["एक है।"]);
    const { reader, controller } = await stream(doc.id, cookies.removed);
    await prisma.projectMember.deleteMany({ where: { projectId, userId: removedUser.id } });
    const refused = await call(liveRoute, "GET", `/api/documents/${doc.id}/live`, { cookie: cookies.removed, params: { id: doc.id } });
    expect(refused.status).toBe(404);
    controller.abort();
    await reader.close();
  });
});

describe("a tab's own writes do not ring its own stream", () => {
  const tabA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  const tabB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  const save = (unitId: number, version: number, english: string, client: string) =>
    call(saveRoute, "PUT", `/api/units/${unitId}`, {
      cookie: cookies.translator,
      params: { id: String(unitId) },
      json: { english, version, markTranslated: false },
      headers: { "x-setu-client": client },
    });

  it("a save and a presence move from tab A: A's stream stays quiet, the same user's tab B and a stream naming no tab ring", async () => {
    const doc = await quietDocument(["पहला वाक्य है।", "दूसरा वाक्य है।"]);
    const [first, second] = doc.unitIds as [number, number];
    const a = await stream(doc.id, cookies.translator, tabA);
    const b = await stream(doc.id, cookies.translator, tabB);
    const plain = await stream(doc.id, cookies.member);
    expect((await save(first, 1, "The first sentence.", tabA)).status).toBe(200);
    expect(await b.reader.waitFor(2)).toEqual(["ready", "change"]);
    expect(await plain.reader.waitFor(2)).toEqual(["ready", "change"]);
    const presence = (unitId: number) =>
      call(presenceRoute, "POST", `/api/documents/${doc.id}/presence`, {
        cookie: cookies.translator,
        params: { id: doc.id },
        json: { unitId },
        headers: { "x-setu-client": tabA },
      });
    expect((await presence(first)).status).toBe(204);
    expect(await b.reader.waitFor(3)).toEqual(["ready", "change", "change"]);
    expect((await presence(second)).status).toBe(204);
    expect(await b.reader.waitFor(4)).toEqual(["ready", "change", "change", "change"]);
    const leave = await call(presenceLeave, "DELETE", `/api/documents/${doc.id}/presence`, {
      cookie: cookies.translator,
      params: { id: doc.id },
      headers: { "x-setu-client": tabA },
    });
    expect(leave.status).toBe(204);
    expect((await b.reader.waitFor(5)).length).toBe(5);
    // Tab B's own save rings tab A (the same person's other tab), not B.
    expect((await save(second, 1, "The second sentence.", tabB)).status).toBe(200);
    expect(await a.reader.waitFor(2)).toEqual(["ready", "change"]);
    expect(await plain.reader.waitFor(6)).toHaveLength(6);
    // By now every ring of A has reached B and the plain stream; none of them reached A.
    expect(a.reader.events).toEqual(["ready", "change"]);
    expect(b.reader.events).toHaveLength(5);
    for (const s of [a, b, plain]) {
      s.controller.abort();
      await s.reader.close();
    }
  });

  it("a hostile tab id is refused before anything runs: 400 badClient, the unit unchanged, nobody subscribed, no ring", async () => {
    const doc = await quietDocument(["एक है।"]);
    const unitId = doc.unitIds[0] as number;
    const plain = await stream(doc.id, cookies.member);
    const versions = await prisma.unitVersion.count({ where: { unitId } });
    for (const hostile of [
      "x",
      "a b c d e f g h i j",
      "aaaaaaaaaaaaaaaa'); DROP TABLE unit; --",
      "a".repeat(65),
      "aaaaaaaa\taaaaaaaa",
      "aaaaaaaaaaaaaaaa%00",
    ]) {
      const refused = await save(unitId, 1, "Never saved.", hostile);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: "BAD_INPUT", reason: "badClient" });
      const url = `/api/documents/${doc.id}/live?client=${encodeURIComponent(hostile)}`;
      const streamRefused = await call(liveRoute, "GET", url, { cookie: cookies.translator, params: { id: doc.id } });
      expect(streamRefused.status).toBe(400);
      expect(streamRefused.body.error).toMatchObject({ code: "BAD_INPUT", reason: "badClient" });
    }
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
    expect(unit).toMatchObject({ version: 1, english: "" });
    expect(await prisma.unitVersion.count({ where: { unitId } })).toBe(versions);
    expect(liveSubscribers(doc.id)).toBe(1);
    expect(await plain.reader.waitFor(2, 300)).toEqual(["ready"]);
    plain.controller.abort();
    await plain.reader.close();
  });

  it("the trigger checks the tab id again: a malformed setting rings as no tab's, so every stream hears it", async () => {
    const doc = await quietDocument(["एक है।"]);
    const a = await stream(doc.id, cookies.translator, tabA);
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('setu.client', ${`${tabA} x`}, true)`;
      await tx.$executeRaw`UPDATE unit SET english = 'x' WHERE document_id = ${doc.id}`;
    });
    expect(await a.reader.waitFor(2)).toEqual(["ready", "change"]);
    // And the setting is the transaction's own: the next write on a pooled connection names no tab.
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('setu.client', ${tabA}, true)`;
      await tx.$executeRaw`UPDATE unit SET english = 'y' WHERE document_id = ${doc.id}`;
    });
    await prisma.$executeRaw`UPDATE unit SET english = 'z' WHERE document_id = ${doc.id}`;
    expect(await a.reader.waitFor(3)).toEqual(["ready", "change", "change"]);
    expect(await a.reader.waitFor(4, 300)).toHaveLength(3);
    a.controller.abort();
    await a.reader.close();
  });
});

describe("streams that bring the changes (push=1): one read per ring, access checked per delivery", () => {
  it("a save reaches every push stream with the unit itself; nobody is shown to themselves", async () => {
    const doc = await quietDocument(["पहला वाक्य है।", "दूसरा वाक्य है।"]);
    const [first] = doc.unitIds as [number];
    await heartbeat(member.id, doc.id, first);
    await heartbeat(translator.id, doc.id, first);
    // The heartbeats ring too: heard before the streams open, they cannot add a delivery of their own.
    await ringsHeard(doc.id);
    const mine = await stream(doc.id, cookies.translator, "cccccccccccccccccccccccccccccccc", true);
    const theirs = await stream(doc.id, cookies.member, undefined, true);
    await saveUnit(first, { english: "Pushed to everyone.", version: 1, markTranslated: false }, translator);
    for (const [s, self, other] of [
      [theirs, member.id, translator.id],
      [mine, translator.id, member.id],
    ] as const) {
      expect(await s.reader.waitFor(2)).toEqual(["ready", "changes"]);
      const answer = JSON.parse(s.reader.data[1] as string) as {
        cursor: string;
        units: { id: number; english: string; version: number }[];
        presence: { userId: string }[];
      };
      // A room's first read reaches back a little (the import's units may come too): the saved one is there.
      expect(answer.units.find((u) => u.id === first)).toMatchObject({ english: "Pushed to everyone.", version: 2 });
      expect(answer.presence.map((p) => p.userId)).toEqual([other]);
      expect(answer.presence.map((p) => p.userId)).not.toContain(self);
      expect(Number.isNaN(Date.parse(answer.cursor))).toBe(false);
    }
    for (const s of [mine, theirs]) {
      s.controller.abort();
      await s.reader.close();
    }
    expect(liveSubscribers(doc.id)).toBe(0);
  });

  it("reads once for all the push streams of the document on this instance", async () => {
    const doc = await quietDocument(["एक है।"]);
    let reads = 0;
    const read = async (since: Date) => {
      reads++;
      return { cursor: new Date().toISOString(), since: since.toISOString(), presence: [] };
    };
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const readers = [];
    for (const [i, controller] of controllers.entries()) {
      const response = await liveStream({
        documentId: doc.id,
        signal: controller.signal,
        stillAllowed: async () => true,
        push: { userId: `user-${i}`, read },
      });
      readers.push(eventReader(response));
    }
    // One subscription for the room, whatever the number of its streams.
    expect(liveSubscribers(doc.id)).toBe(1);
    await prisma.$executeRaw`UPDATE unit SET english = 'once' WHERE document_id = ${doc.id}`;
    for (const reader of readers) expect(await reader.waitFor(2)).toEqual(["ready", "changes"]);
    expect(reads).toBe(1);
    for (const [i, controller] of controllers.entries()) {
      controller.abort();
      await readers[i]?.close();
    }
    expect(liveSubscribers(doc.id)).toBe(0);
  });

  it("a member removed from the project gets no pushed change: the stream ends at the next ring, the others still get it", async () => {
    const doc = await quietDocument(["एक है।"]);
    await setMember(projectId, removedUser.id, "translator", null);
    const leaving = await stream(doc.id, cookies.removed, undefined, true);
    const staying = await stream(doc.id, cookies.member, undefined, true);
    await prisma.projectMember.deleteMany({ where: { projectId, userId: removedUser.id } });
    await saveUnit(doc.unitIds[0] as number, { english: "Not for the removed.", version: 1, markTranslated: false }, translator);
    expect(await staying.reader.waitFor(2)).toEqual(["ready", "changes"]);
    const until = Date.now() + 2_000;
    while (!leaving.reader.ended() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(leaving.reader.ended()).toBe(true);
    expect(leaving.reader.events).toEqual(["ready"]);
    expect(leaving.reader.data.join("")).not.toContain("Not for the removed.");
    for (const s of [leaving, staying]) {
      s.controller.abort();
      await s.reader.close();
    }
  });

  it("a session signed out or expired after the stream opened gets no pushed change: those streams end, the same user's other session still hears", async () => {
    const doc = await quietDocument(["एक है।"]);
    const signedOut = await sessionCookie(member.email, "correct horse 7");
    const expiring = await sessionCookie(member.email, "correct horse 7");
    const tokenOf = (cookie: string) => {
      const value = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
      return value.slice(0, value.lastIndexOf("."));
    };
    const outStream = await stream(doc.id, signedOut, undefined, true);
    const expiredStream = await stream(doc.id, expiring, undefined, true);
    const staying = await stream(doc.id, cookies.member, undefined, true);
    const sessionsBefore = await prisma.session.count({ where: { userId: member.id } });
    await prisma.session.deleteMany({ where: { token: tokenOf(signedOut) } });
    await prisma.session.updateMany({ where: { token: tokenOf(expiring) }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await saveUnit(doc.unitIds[0] as number, { english: "Not for a closed session.", version: 1, markTranslated: false }, translator);
    expect(await staying.reader.waitFor(2)).toEqual(["ready", "changes"]);
    expect(staying.reader.data.join("")).toContain("Not for a closed session.");
    for (const gone of [outStream, expiredStream]) {
      const until = Date.now() + 2_000;
      while (!gone.reader.ended() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(gone.reader.ended()).toBe(true);
      expect(gone.reader.events).toEqual(["ready"]);
      expect(gone.reader.data.join("")).not.toContain("Not for a closed session.");
    }
    // The stream's check reads; it neither extends nor deletes a session.
    expect(await prisma.session.count({ where: { userId: member.id } })).toBe(sessionsBefore - 1);
    expect((await prisma.session.findFirst({ where: { token: tokenOf(expiring) } }))?.expiresAt.getTime()).toBeLessThan(Date.now());
    for (const s of [outStream, expiredStream, staying]) {
      s.controller.abort();
      await s.reader.close();
    }
  });

  it("a check that cannot be made hands out no data: the stream says resync and stays open", async () => {
    const doc = await quietDocument(["एक है।"]);
    const controller = new AbortController();
    const response = await liveStream({
      documentId: doc.id,
      signal: controller.signal,
      stillAllowed: async () => {
        throw new Error("pool busy");
      },
      push: { userId: "someone", read: async () => ({ cursor: new Date().toISOString(), presence: [], secret: "never sent" }) },
    });
    const reader = eventReader(response);
    expect(await reader.waitFor(1)).toEqual(["ready"]);
    await prisma.$executeRaw`UPDATE unit SET english = 'x' WHERE document_id = ${doc.id}`;
    expect(await reader.waitFor(2)).toEqual(["ready", "resync"]);
    expect(reader.data.join("")).not.toContain("never sent");
    expect(reader.ended()).toBe(false);
    controller.abort();
    await reader.close();
  });

  it("push must be 1: anything else is 400 before it listens", async () => {
    const doc = await quietDocument(["एक है।"]);
    const refused = await call(liveRoute, "GET", `/api/documents/${doc.id}/live?push=yes`, {
      cookie: cookies.member,
      params: { id: doc.id },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "BAD_INPUT", reason: "badQuery" });
    expect(liveSubscribers(doc.id)).toBe(0);
  });
  it("the checks a ring asks of a room's streams at once are one query, each stream answered for itself (#20)", async () => {
    const doc = await quietDocument(["एक है।"]);
    const signedOut = await sessionCookie(member.email, "correct horse 7");
    const value = decodeURIComponent(signedOut.slice(signedOut.indexOf("=") + 1));
    await prisma.session.deleteMany({ where: { token: value.slice(0, value.lastIndexOf(".")) } });
    const asked = [
      { cookie: cookies.member, user: member },
      { cookie: signedOut, user: member },
      { cookie: cookies.outsider, user: member }, // another user's session, claimed for member
      { cookie: "", user: translator },
      { cookie: cookies.translator, user: translator },
    ];
    const pool = getPgPool();
    const query = vi.spyOn(pool, "query");
    try {
      const answers = await Promise.all(asked.map((a) => streamStillAllowed(new Headers({ cookie: a.cookie }), a.user, doc.id)));
      expect(answers).toEqual([true, false, false, false, true]);
      expect(query.mock.calls.filter(([sql]) => String((sql as { text?: string }).text ?? sql).includes("WITH ORDINALITY"))).toHaveLength(
        1,
      );
    } finally {
      query.mockRestore();
    }
  });
  it("a ring's read of what changed asks the pool twice: the document with who is here, then the units (#20)", async () => {
    const doc = await quietDocument(["एक है।", "दो है।"]);
    const [first, second] = doc.unitIds as [number, number];
    await heartbeat(member.id, doc.id, first);
    await heartbeat(removedUser.id, doc.id, null);
    await heartbeat(translator.id, doc.id, second);
    await saveUnit(second, { english: "Two is.", version: 1, markTranslated: false }, translator);
    const query = vi.spyOn(getPgPool(), "query");
    try {
      const shared = await loadChanges(doc.id, new Date(Date.now() - 1_000), null);
      expect(query).toHaveBeenCalledTimes(2);
      // The window overlaps by 5 s: the new document's other unit is in it too.
      expect(shared.units.find((u) => u.id === second)?.english).toBe("Two is.");
      const byName = [
        { userId: member.id, name: member.name, unitId: first },
        { userId: removedUser.id, name: removedUser.name, unitId: null },
        { userId: translator.id, name: translator.name, unitId: second },
      ].sort((a, b) => (a.name < b.name ? -1 : 1));
      expect(shared.presence).toEqual(byName);
      const own = await loadChanges(doc.id, new Date(Date.now() - 1_000), translator.id);
      expect(own.presence).toEqual(byName.filter((p) => p.userId !== translator.id));
    } finally {
      query.mockRestore();
    }
  });
});

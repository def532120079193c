import "server-only";
import { subscribeLive } from "./live-bus";
import { logError } from "./log";

/**
 * One read per ring per instance (#20): the streams of a document that asked for the changes
 * themselves (`?push=1`) share one "room"; when the document rings, the room reads what changed once
 * and hands it to each of its streams, instead of each browser asking GET /changes on its own.
 *
 * Access stays per user and per delivery: before each stream is handed a read, its own check
 * (`stillAllowed`, the same membership check the changes route makes) is asked again, and a stream
 * whose user lost access is closed instead. Presence is the one per-user part of the answer (nobody is
 * shown to themselves), so it is filtered per stream. A read that fails tells every stream "resync":
 * each browser then asks for itself, as it did before.
 */
export interface SharedChanges {
  cursor: string;
  presence: { userId: string }[];
}

export interface PushTarget {
  userId: string;
  stillAllowed(): Promise<boolean>;
  send(event: "changes" | "resync", data?: string): void;
  close(): void;
}

interface Room {
  read: (since: Date) => Promise<SharedChanges>;
  targets: Set<PushTarget>;
  since: Date;
  reading: boolean;
  again: boolean;
  unsubscribe: () => void;
}

// The read's window already overlaps by 5 s (loadChanges); a room's first read reaches 5 s further
// back for the clock difference between this instance and PostgreSQL.
const FIRST_READ_BACK_MS = 5_000;

const globalForRooms = globalThis as unknown as { setuLiveRooms?: Map<string, Promise<Room>> };
function rooms(): Map<string, Promise<Room>> {
  globalForRooms.setuLiveRooms ??= new Map();
  return globalForRooms.setuLiveRooms;
}

async function pushTo(target: PushTarget, answer: SharedChanges): Promise<void> {
  let allowed: boolean;
  try {
    allowed = await target.stillAllowed();
  } catch {
    // The check could not be made (a busy pool): no data without it; the browser asks the changes route itself.
    target.send("resync");
    return;
  }
  if (!allowed) {
    target.close();
    return;
  }
  target.send("changes", JSON.stringify({ ...answer, presence: answer.presence.filter((p) => p.userId !== target.userId) }));
}

async function readAndPush(room: Room): Promise<void> {
  if (room.reading) {
    room.again = true;
    return;
  }
  room.reading = true;
  try {
    do {
      room.again = false;
      const answer = await room.read(room.since);
      room.since = new Date(answer.cursor);
      await Promise.all([...room.targets].map((target) => pushTo(target, answer)));
    } while (room.again && room.targets.size > 0);
  } catch (error) {
    logError("live fan-out read", error);
    for (const target of room.targets) target.send("resync");
  } finally {
    room.reading = false;
  }
}

function openRoom(documentId: string, read: Room["read"]): Promise<Room> {
  const room: Room = {
    read,
    targets: new Set(),
    since: new Date(Date.now() - FIRST_READ_BACK_MS),
    reading: false,
    again: false,
    unsubscribe: () => {},
  };
  const opening = subscribeLive(documentId, (event) => {
    if (event === "resync") {
      for (const target of room.targets) target.send("resync");
    } else void readAndPush(room);
  }).then((unsubscribe) => {
    room.unsubscribe = unsubscribe;
    return room;
  });
  // A room that could not listen is forgotten, so the next stream tries again.
  opening.catch(() => {
    if (rooms().get(documentId) === opening) rooms().delete(documentId);
  });
  return opening;
}

/**
 * Adds a stream to its document's room (opening the room, and its one subscription, for the first).
 * Resolves once the room listens; rejects when PostgreSQL cannot be reached. Returns the leave.
 */
export async function joinRoom(documentId: string, read: Room["read"], target: PushTarget): Promise<() => void> {
  let opening = rooms().get(documentId);
  if (!opening) {
    opening = openRoom(documentId, read);
    rooms().set(documentId, opening);
  }
  const room = await opening;
  // The room closed while this stream waited for it to listen: open a new one.
  if (rooms().get(documentId) !== opening) return joinRoom(documentId, read, target);
  room.targets.add(target);
  return () => {
    room.targets.delete(target);
    if (room.targets.size === 0 && rooms().get(documentId) === opening) {
      rooms().delete(documentId);
      room.unsubscribe();
    }
  };
}

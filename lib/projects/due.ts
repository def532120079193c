/**
 * Due dates. A person picks a calendar day; "due on 5 March" means until that day ends where they are,
 * so the day is stored as the instant its last millisecond passes in their time zone (timestamptz, UTC).
 * Whether work is overdue or due soon is then a comparison of instants, the same on every server.
 */

const DAY_MS = 86_400_000;
/** How close a due date is "due soon". */
export const DUE_SOON_DAYS = 3;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The offset of a time zone from UTC at an instant, in milliseconds (Asia/Kolkata: +5:30). */
function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The instant a calendar day (YYYY-MM-DD) ends in a time zone; null for a day that does not exist. */
export function endOfDay(day: string, timeZone: string): Date | null {
  const m = DATE_RE.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const midnightAfterUtc = Date.UTC(y, mo - 1, d + 1);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  // The zone's offset just before its next midnight (twice: a DST change can move it).
  let guess = midnightAfterUtc - offsetMs(midnightAfterUtc, timeZone);
  guess = midnightAfterUtc - offsetMs(guess - 1, timeZone);
  return new Date(guess - 1);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone, e.g. for a date input's value. */
export function dayOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export type DueState = "none" | "done" | "overdue" | "dueSoon" | "onTrack";

/** Where a piece of work stands against its due date: finished work is never overdue. */
export function dueState(due: Date | null, now: Date, done: boolean): DueState {
  if (done) return "done";
  if (!due) return "none";
  if (due.getTime() < now.getTime()) return "overdue";
  return due.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS ? "dueSoon" : "onTrack";
}

import { describe, expect, it } from "vitest";
import { DUE_SOON_DAYS, dayOf, dueState, endOfDay, isTimeZone } from "./due";

describe("endOfDay", () => {
  it("ends a day at its last millisecond in Asia/Kolkata (UTC+05:30)", () => {
    expect(endOfDay("2026-03-05", "Asia/Kolkata")?.toISOString()).toBe("2026-03-05T18:29:59.999Z");
  });

  it("and in UTC", () => {
    expect(endOfDay("2026-03-05", "UTC")?.toISOString()).toBe("2026-03-05T23:59:59.999Z");
  });

  it("follows a daylight-saving change (New York, 8 March 2026 springs forward)", () => {
    expect(endOfDay("2026-03-07", "America/New_York")?.toISOString()).toBe("2026-03-08T04:59:59.999Z");
    expect(endOfDay("2026-03-08", "America/New_York")?.toISOString()).toBe("2026-03-09T03:59:59.999Z");
  });

  it("refuses days that do not exist", () => {
    expect(endOfDay("2026-02-30", "UTC")).toBeNull();
    expect(endOfDay("5 March", "UTC")).toBeNull();
  });

  it("round-trips through dayOf in the same zone, whatever the process's zone", () => {
    for (const zone of ["Asia/Kolkata", "UTC", "America/Los_Angeles"]) {
      const end = endOfDay("2026-12-31", zone);
      expect(end && dayOf(end, zone)).toBe("2026-12-31");
    }
    // The same instant is already the next day in India.
    expect(dayOf(new Date("2026-03-05T20:00:00Z"), "Asia/Kolkata")).toBe("2026-03-06");
    expect(dayOf(new Date("2026-03-05T20:00:00Z"), "UTC")).toBe("2026-03-05");
  });

  it("knows time zones", () => {
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("dueState", () => {
  const now = new Date("2026-03-05T12:00:00Z");
  it("is overdue after the instant, due soon within the window, else on track", () => {
    expect(dueState(new Date("2026-03-05T11:59:59Z"), now, false)).toBe("overdue");
    expect(dueState(new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000), now, false)).toBe("dueSoon");
    expect(dueState(new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000 + 1), now, false)).toBe("onTrack");
    expect(dueState(null, now, false)).toBe("none");
  });

  it("never calls finished work overdue", () => {
    expect(dueState(new Date("2026-01-01T00:00:00Z"), now, true)).toBe("done");
  });

  it("a day due in Kolkata is overdue earlier than the same day in UTC", () => {
    const at = new Date("2026-03-05T20:00:00Z");
    expect(dueState(endOfDay("2026-03-05", "Asia/Kolkata"), at, false)).toBe("overdue");
    expect(dueState(endOfDay("2026-03-05", "UTC"), at, false)).toBe("dueSoon");
  });
});

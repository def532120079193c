import { describe, expect, it } from "vitest";
import { INVITATION_DAYS, invitationExpiry, invitationRefusal, isInvitationTokenShape, isSignUpMode, signUpNeedsInvitation } from "./rules";

const now = new Date("2026-12-02T12:00:00Z");
const open = { expiresAt: new Date("2026-12-09T12:00:00Z"), usedAt: null, revokedAt: null, email: null };

describe("signUpNeedsInvitation", () => {
  it("open: never; invite-only: once an account exists (the first one may always sign up)", () => {
    expect(signUpNeedsInvitation("open", false)).toBe(false);
    expect(signUpNeedsInvitation("open", true)).toBe(false);
    expect(signUpNeedsInvitation("invite-only", false)).toBe(false);
    expect(signUpNeedsInvitation("invite-only", true)).toBe(true);
  });

  it("knows the two modes and nothing else", () => {
    expect(isSignUpMode("open")).toBe(true);
    expect(isSignUpMode("invite-only")).toBe(true);
    for (const other of ["closed", "", null, 1, "OPEN"]) expect(isSignUpMode(other)).toBe(false);
  });
});

describe("invitationRefusal", () => {
  it("an open link bound to nobody can be used by anyone until it expires", () => {
    expect(invitationRefusal(open, now)).toBeNull();
    expect(invitationRefusal(open, now, "anyone@example.test")).toBeNull();
  });

  it("names each reason, and a used link says used even when it is also past its expiry", () => {
    expect(invitationRefusal(null, now)).toBe("invitationUnknown");
    expect(invitationRefusal({ ...open, usedAt: now }, now)).toBe("invitationUsed");
    expect(invitationRefusal({ ...open, usedAt: now, expiresAt: new Date(0) }, now)).toBe("invitationUsed");
    expect(invitationRefusal({ ...open, revokedAt: now }, now)).toBe("invitationRevoked");
    expect(invitationRefusal({ ...open, revokedAt: now, expiresAt: new Date(0) }, now)).toBe("invitationRevoked");
    expect(invitationRefusal({ ...open, expiresAt: now }, now)).toBe("invitationExpired");
    expect(invitationRefusal({ ...open, expiresAt: new Date(now.getTime() + 1) }, now)).toBeNull();
  });

  it("a link bound to an email: that email (in any case) only, and only once the email is known", () => {
    const bound = { ...open, email: "asha@example.test" };
    expect(invitationRefusal(bound, now)).toBeNull();
    expect(invitationRefusal(bound, now, " Asha@Example.test ")).toBeNull();
    expect(invitationRefusal(bound, now, "bina@example.test")).toBe("invitationWrongEmail");
    expect(invitationRefusal({ ...bound, usedAt: now }, now, "bina@example.test")).toBe("invitationUsed");
  });
});

describe("tokens and expiry", () => {
  it("a token is 43 base64url characters (32 bytes), nothing else", () => {
    expect(isInvitationTokenShape("a".repeat(43))).toBe(true);
    expect(isInvitationTokenShape("Ab0_-".repeat(8) + "xyz")).toBe(true);
    for (const bad of ["a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, "", null, 43]) {
      expect(isInvitationTokenShape(bad)).toBe(false);
    }
  });

  it("expires whole days later, 7 by default within 1–30", () => {
    expect(INVITATION_DAYS).toEqual({ min: 1, max: 30, default: 7 });
    expect(invitationExpiry(now, 7).toISOString()).toBe("2026-12-09T12:00:00.000Z");
    expect(invitationExpiry(now, 1).toISOString()).toBe("2026-12-03T12:00:00.000Z");
  });
});

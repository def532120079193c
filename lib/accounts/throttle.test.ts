import { describe, expect, it } from "vitest";
import { clientAddress, delayAfter, secondsToWait, throttleRules } from "./throttle";

describe("sign-in throttle", () => {
  it("lets the first failures through, then doubles the wait up to a ceiling (never a lock)", () => {
    const rule = throttleRules.emailAndAddress;
    expect([0, 1, 4].map((n) => delayAfter(n, rule))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 10].map((n) => delayAfter(n, rule))).toEqual([1, 2, 4, 32]);
    expect(delayAfter(40, rule)).toBe(15 * 60);
    expect(delayAfter(1000, rule)).toBe(15 * 60);
    expect(delayAfter(1000, throttleRules.email)).toBe(60);
  });

  it("asks for the longest remaining wait of all keys", () => {
    expect(secondsToWait({})).toBe(0);
    expect(secondsToWait({ emailAndAddress: { count: 4, secondsSinceLast: 0 } })).toBe(0);
    expect(secondsToWait({ emailAndAddress: { count: 7, secondsSinceLast: 1 } })).toBe(3);
    expect(secondsToWait({ emailAndAddress: { count: 7, secondsSinceLast: 10 } })).toBe(0);
    expect(secondsToWait({ emailAndAddress: { count: 0, secondsSinceLast: 0 }, email: { count: 26, secondsSinceLast: 5 } })).toBe(55);
  });

  it("reads the client address the nearest proxy wrote", () => {
    const h = (entries: Record<string, string>) => new Headers(entries);
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(h({ "x-forwarded-for": "10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(h({ "x-real-ip": "10.0.0.8" }))).toBe("10.0.0.8");
    expect(clientAddress(h({}))).toBe("");
  });
});

/**
 * Sign-in throttling without a lockout: failed attempts slow further attempts down, they never lock
 * an account. Each rule counts recent failures for one key and, past a free allowance, asks for a
 * wait that doubles with every further failure, up to a ceiling:
 *  - the email from one client address: the guessing attacker's own key (5 free, then 1 s, 2 s, …
 *    up to 15 minutes); the real owner signing in from another address is not affected;
 *  - the email from any address: a slower ceiling (60 s) for an attacker who rotates addresses, so
 *    that guessing stays slow while the owner waits at most a minute;
 *  - one address for any email (password spraying): 30 free, up to 15 minutes.
 * Failures older than the window no longer count, and are pruned.
 */
export const THROTTLE_WINDOW_MINUTES = 15;

export interface ThrottleRule {
  free: number;
  maxSeconds: number;
}

export const throttleRules = {
  emailAndAddress: { free: 5, maxSeconds: 15 * 60 },
  email: { free: 20, maxSeconds: 60 },
  address: { free: 30, maxSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleKey = keyof typeof throttleRules;

/** The wait that `failures` recent failures ask for before the next attempt, in seconds. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxSeconds, 2 ** Math.min(30, failures - rule.free));
}

export interface KeyFailures {
  count: number;
  /** Seconds since the latest failure of this key (ignored when count is 0). */
  secondsSinceLast: number;
}

/** Seconds to wait before this attempt may be checked, or 0 when it may go ahead now. */
export function secondsToWait(failures: Partial<Record<ThrottleKey, KeyFailures>>): number {
  let wait = 0;
  for (const key of Object.keys(throttleRules) as ThrottleKey[]) {
    const f = failures[key];
    if (!f || f.count === 0) continue;
    wait = Math.max(wait, delayAfter(f.count, throttleRules[key]) - f.secondsSinceLast);
  }
  return Math.max(0, Math.ceil(wait));
}

/**
 * The client's address from the headers Next and a reverse proxy set. The last X-Forwarded-For
 * entry is the one the nearest proxy (or Next, from the socket) wrote; earlier ones are the client's
 * own claims. A client that reaches Setu directly can still choose it, which is what the per-email
 * rule is for.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return (last || headers.get("x-real-ip") || "").slice(0, 64);
}

"use client";

import { useEffect, useState } from "react";
import { isFinished, type JobView } from "../schema";

/** How often a page asks for a running job's progress. */
const POLL_MS = 1_000;

/**
 * Follows a job until it finishes: polls GET /api/jobs/:id (its progress survives a reload because the
 * row is in the database, not in this page). `null` until there is a job to follow.
 */
export function useJob(initial: JobView | null): { job: JobView | null; follow: (id: string) => void; update: (job: JobView) => void } {
  const [job, setJob] = useState<JobView | null>(initial);
  const [followed, setFollowed] = useState<string | null>(initial && !isFinished(initial.state) ? initial.id : null);

  useEffect(() => {
    if (!followed) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/jobs/${followed}`, { cache: "no-store" });
        if (response.ok) {
          const next = (await response.json()) as JobView;
          if (stopped) return;
          setJob(next);
          if (isFinished(next.state)) return setFollowed(null);
        }
      } catch {
        // offline for a moment: the next poll tries again
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [followed]);

  return {
    job,
    follow: (id) => setFollowed(id),
    update: (next) => {
      setJob(next);
      if (isFinished(next.state)) setFollowed(null);
    },
  };
}

"use client";

export type UploadPhase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "working" };

/** Upload progress (a determinate bar), then the server's work (an indeterminate one). */
export function UploadProgress({
  phase,
  uploading,
  working,
}: {
  phase: UploadPhase;
  uploading: (percent: number) => string;
  working: string;
}) {
  if (phase.kind === "idle") return null;
  return (
    <div role="status" className="stack">
      {phase.kind === "uploading" ? <progress max={100} value={phase.percent} /> : <progress />}
      <span>{phase.kind === "uploading" ? uploading(phase.percent) : working}</span>
    </div>
  );
}

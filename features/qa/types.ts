import type { UnitStatus } from "@/lib/editor/status";
import type { QaCheckId, QaCode, QaParams, QaSeverity } from "@/lib/qa/types";

/** One stored issue of a unit as screens, the CLI and the CSV show it. */
export interface UnitQaIssue {
  key: string;
  check: QaCheckId;
  code: QaCode;
  severity: QaSeverity;
  /** For `inconsistent` issues `unit` is the other unit's id; screens turn it into its number. */
  params: QaParams;
  fix: string | null;
  /** Set when someone ignored this issue for this unit. */
  ignored: { reason: string; by: string | null } | null;
}

export interface QaSettings {
  /** No approval (single or bulk) of a unit with an open QA error. */
  blockApproval: boolean;
}

export interface ProjectQaSettings {
  /** The project's own choice; null when it follows the instance. */
  blockApproval: boolean | null;
  instanceBlockApproval: boolean;
  /** What approval in this project does now. */
  effective: boolean;
}

export interface QaCountRow {
  check: QaCheckId;
  errors: number;
  warnings: number;
  ignored: number;
}

export interface QaReportUnit {
  id: number;
  number: number;
  status: UnitStatus;
  hindi: string;
  english: string;
  issues: UnitQaIssue[];
}

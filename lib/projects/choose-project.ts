import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";

/** A member's role in one project: the one definition (schema.prisma's ProjectRole must agree). */
export const projectRoles = ["translator", "reviewer", "manager"] as const;
export type ProjectRole = (typeof projectRoles)[number];

export function isProjectRole(value: unknown): value is ProjectRole {
  return typeof value === "string" && (projectRoles as readonly string[]).includes(value);
}

/**
 * The project role that matches an account's global role, for the accounts that existed before
 * projects and for new accounts of an open sign-up: an administrator manages, the others keep theirs.
 */
export function projectRoleForGlobal(role: Role): ProjectRole {
  return role === "admin" ? "manager" : role;
}

export interface ProjectChoice {
  id: string;
  name: string;
}

/**
 * The project a new document (or a glossary import, or a CLI command) goes into: the one asked for,
 * by id or by name (names compared without regard to case); with nothing asked, the only project
 * there is to choose from. Otherwise an error that names the choices, so the person can pick.
 */
export function chooseProject(choices: ProjectChoice[], requested?: string | null): string {
  const wanted = requested?.trim();
  if (wanted) {
    const byId = choices.find((p) => p.id === wanted);
    const match = byId ?? choices.find((p) => p.name.toLowerCase() === wanted.toLowerCase());
    if (match) return match.id;
    throw new AppError("NOT_FOUND", `There is no project "${wanted.slice(0, 80)}" for you${namesClause(choices)}.`, {
      reason: "projectNotFound",
      choices: choices.map((p) => p.name),
    });
  }
  if (choices.length === 1) return choices[0].id;
  if (choices.length === 0) {
    throw new AppError("BAD_INPUT", "You are not a member of any project yet; ask an administrator to add you to one.", {
      reason: "noProject",
      choices: [],
    });
  }
  throw new AppError("BAD_INPUT", `Choose a project${namesClause(choices)}.`, {
    reason: "projectRequired",
    choices: choices.map((p) => p.name),
  });
}

function namesClause(choices: ProjectChoice[]): string {
  if (choices.length === 0) return "";
  return `: ${choices.map((p) => JSON.stringify(p.name)).join(", ")}`;
}

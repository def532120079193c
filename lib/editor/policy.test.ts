import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import {
  type Actor,
  approvalNeedsNoQaErrors,
  assertAllowedForAll,
  assertMayReplace,
  canEditEnglish,
  capImportedStatus,
  decide,
  mayEver,
  mayInProject,
  mayInvite,
  type PolicyReason,
  type ProjectAction,
  projectActions,
  projectActor,
  realignRefusal,
  replaceDecision,
  restructureOutcome,
  reviewOutcome,
  statesAllowed,
  type UnitAction,
  unitActions,
  unitStates,
} from "./policy";
import type { UnitStatus } from "./status";

// The policy table, written out by hand (not derived from the code it tests). One string per actor
// and action, one letter per state in the order draft · translated · approved · rejected:
//   Y allowed · A approvedLocked · R reviewerOnly · T badTransition · S signInRequired
const table: Record<UnitAction, Record<"anonymous" | "translator" | "reviewer" | "admin", string>> = {
  edit: { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  split: { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  merge: { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  move: { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  realign: { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  "delete-by-realign": { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  approve: { anonymous: "SSSS", translator: "RRRR", reviewer: "YYTY", admin: "YYTY" },
  reject: { anonymous: "SSSS", translator: "RRRR", reviewer: "YYYT", admin: "YYYT" },
  reopen: { anonymous: "SSSS", translator: "RRRR", reviewer: "TTYT", admin: "TTYT" },
  comment: { anonymous: "SSSS", translator: "YYYY", reviewer: "YYYY", admin: "YYYY" },
  "import-with-status": { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  "bulk-approve": { anonymous: "SSSS", translator: "RRRR", reviewer: "TYTT", admin: "TYTT" },
  "ignore-qa-warning": { anonymous: "SSSS", translator: "YYAY", reviewer: "YYYY", admin: "YYYY" },
  "ignore-qa-error": { anonymous: "SSSS", translator: "RRRR", reviewer: "YYYY", admin: "YYYY" },
};

const letters: Record<string, PolicyReason | null> = {
  Y: null,
  A: "approvedLocked",
  R: "reviewerOnly",
  T: "badTransition",
  S: "signInRequired",
};
const actors: Record<keyof (typeof table)["edit"], Actor> = {
  anonymous: null,
  translator: "translator",
  reviewer: "reviewer",
  admin: "admin",
};

const cells = unitActions.flatMap((action) =>
  Object.entries(actors).flatMap(([name, actor]) =>
    unitStates.map((state, i) => ({ action, name, actor, state, expected: letters[table[action][name as "admin"][i]] })),
  ),
);

describe("the policy table", () => {
  it("covers every action × actor × state", () => {
    expect(cells).toHaveLength(unitActions.length * 4 * unitStates.length);
    for (const action of unitActions) for (const row of Object.values(table[action])) expect(row).toMatch(/^[YARTS]{4}$/);
  });

  it.each(cells)("$action · $name · $state → $expected", ({ action, actor, state, expected }) => {
    const decision = decide(actor, action, state);
    if (expected === null) expect(decision).toEqual({ allowed: true });
    else expect(decision).toEqual({ allowed: false, reason: expected });
  });
});

describe("helpers built on the table", () => {
  it("lists the states a set-based path may touch", () => {
    expect(statesAllowed("reviewer", "bulk-approve")).toEqual(["translated"]);
    expect(statesAllowed("translator", "bulk-approve")).toEqual([]);
    expect(statesAllowed("translator", "merge")).toEqual(["draft", "translated", "rejected"]);
    expect(mayEver("translator", "approve")).toBe(false);
    expect(mayEver("translator", "edit")).toBe(true);
    expect(mayEver(null, "comment")).toBe(false);
  });

  it("keeps the editor's read-only state in step with the edit cell", () => {
    expect(canEditEnglish("translator", "approved")).toBe(false);
    expect(canEditEnglish("reviewer", "approved")).toBe(true);
    expect(canEditEnglish("translator", "rejected")).toBe(true);
  });

  it("refuses a multi-unit action when any one unit is locked, naming it", () => {
    const units: { id: number; status: UnitStatus }[] = [
      { id: 1, status: "translated" },
      { id: 2, status: "approved" },
    ];
    expect(() => assertAllowedForAll("reviewer", "merge", units)).not.toThrow();
    try {
      assertAllowedForAll("translator", "merge", units);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("FORBIDDEN");
      expect(isAppError(error) && error.details).toMatchObject({ reason: "approvedLocked", unitId: 2, action: "merge" });
    }
  });
});

describe("imported statuses are capped by the importer's role", () => {
  it.each([
    ["translator", "approved", "translated", true],
    ["translator", "translated", "translated", false],
    ["translator", "rejected", "rejected", false],
    ["translator", "draft", "draft", false],
    ["reviewer", "approved", "approved", false],
    ["admin", "approved", "approved", false],
  ] as const)("%s importing %s → %s (capped %s)", (role, declared, status, capped) => {
    expect(capImportedStatus(role, declared)).toEqual({ status, capped });
  });
});

describe("realigning a document", () => {
  it("needs a reviewer when approved units would be deleted, and says how many", () => {
    const refusal = realignRefusal("translator", { translated: 3, approved: 2 });
    expect(refusal?.code).toBe("FORBIDDEN");
    expect(refusal?.details).toMatchObject({ reason: "approvedLocked", approved: 2 });
    expect(refusal?.message).toContain("2 approved");
    expect(realignRefusal("reviewer", { approved: 2 })).toBeNull();
    expect(realignRefusal("translator", { draft: 5, translated: 1, approved: 0 })).toBeNull();
    expect(realignRefusal(null, { draft: 1 })?.code).toBe("UNAUTHENTICATED");
  });
});

describe("review outcomes", () => {
  it.each([
    ["reviewer", "approve", "translated", "x", { kind: "transition", to: "approved" }],
    ["reviewer", "approve", "draft", "x", { kind: "transition", to: "approved" }],
    ["reviewer", "approve", "translated", " ", { kind: "refused", reason: "nothingToApprove" }],
    ["reviewer", "approve", "approved", "x", { kind: "refused", reason: "badTransition" }],
    ["translator", "approve", "translated", "x", { kind: "refused", reason: "reviewerOnly" }],
    ["admin", "reject", "translated", "x", { kind: "transition", to: "rejected" }],
    ["admin", "reject", "approved", "x", { kind: "transition", to: "rejected" }],
    ["admin", "reject", "draft", "", { kind: "refused", reason: "badTransition" }],
    ["reviewer", "reopen", "approved", "x", { kind: "transition", to: "translated" }],
    ["reviewer", "reopen", "translated", "x", { kind: "refused", reason: "badTransition" }],
    // The approval stands until a reviewer says otherwise: a translator can only ask.
    ["translator", "reopen", "approved", "x", { kind: "request" }],
    ["translator", "reopen", "translated", "x", { kind: "refused", reason: "reviewerOnly" }],
    [null, "reopen", "approved", "x", { kind: "refused", reason: "signInRequired" }],
  ] as const)("%s %s on %s (%j) → %j", (actor, action, state, english, outcome) => {
    expect(reviewOutcome(actor, action, state, english)).toEqual(outcome);
  });
});

describe("restructureOutcome: structure keeps meaning", () => {
  const t = (status: UnitStatus, needsReview = false) => ({ status, needsReview });

  it("flags translated and approved English after a merge, split or move, taking approved out of approved", () => {
    for (const op of ["merge", "split", "move"] as const) {
      expect(restructureOutcome("translator", op, [t("translated"), t("translated")], "One. Two.")).toEqual({
        status: "translated",
        needsReview: true,
      });
      expect(restructureOutcome("reviewer", op, [t("approved"), t("translated")], "One. Two.")).toEqual({
        status: "translated",
        needsReview: true,
      });
    }
  });

  it("lets a reviewer's merge or split of approved units stand as their review, but never a move", () => {
    expect(restructureOutcome("reviewer", "merge", [t("approved"), t("approved")], "A. B.")).toEqual({
      status: "approved",
      needsReview: false,
    });
    expect(restructureOutcome("admin", "split", [t("approved")], "A.")).toEqual({ status: "approved", needsReview: false });
    expect(restructureOutcome("reviewer", "move", [t("approved")], "A.")).toEqual({ status: "translated", needsReview: true });
    // An approved unit already waiting for a look is not reviewed by merging it.
    expect(restructureOutcome("reviewer", "merge", [t("approved", true), t("approved")], "A. B.")).toEqual({
      status: "translated",
      needsReview: true,
    });
  });

  it("leaves empty and draft work unflagged, and keeps a flag that was already there", () => {
    expect(restructureOutcome("translator", "merge", [t("translated"), t("draft")], "")).toEqual({ status: "draft", needsReview: false });
    expect(restructureOutcome("translator", "move", [t("draft")], "typed, not marked")).toEqual({ status: "draft", needsReview: false });
    expect(restructureOutcome("translator", "split", [t("draft", true)], "half")).toEqual({ status: "draft", needsReview: true });
    expect(restructureOutcome("translator", "move", [t("rejected")], "redo")).toEqual({ status: "rejected", needsReview: false });
  });
});

describe("the project dimension", () => {
  const globals = ["translator", "reviewer", "admin"] as const;
  const memberships = [null, "translator", "reviewer", "manager"] as const;

  it("gives the unit table each person's role in the project, cell by cell", () => {
    const expected: Record<(typeof globals)[number], Record<string, Actor>> = {
      // The global role of a non-admin does not count inside a project: only the membership does.
      translator: { none: null, translator: "translator", reviewer: "reviewer", manager: "reviewer" },
      reviewer: { none: null, translator: "translator", reviewer: "reviewer", manager: "reviewer" },
      admin: { none: "admin", translator: "admin", reviewer: "admin", manager: "admin" },
    };
    for (const g of globals) for (const m of memberships) expect(projectActor(g, m), `${g}/${m}`).toBe(expected[g][m ?? "none"]);
  });

  it("lets a global reviewer who is a translator in the project do only what translators do there", () => {
    const actor = projectActor("reviewer", "translator");
    expect(decide(actor, "approve", "translated")).toEqual({ allowed: false, reason: "reviewerOnly" });
    expect(decide(projectActor("translator", "manager"), "approve", "translated")).toEqual({ allowed: true });
    expect(decide(projectActor("reviewer", null), "comment", "draft")).toEqual({ allowed: false, reason: "signInRequired" });
  });

  it("decides the project cells", () => {
    const table: Record<ProjectAction, [boolean, boolean, boolean, boolean]> = {
      // none · translator · reviewer · manager (for a non-admin account)
      view: [false, true, true, true],
      "create-document": [false, true, true, true],
      "propose-glossary": [false, true, true, true],
      "edit-glossary": [false, false, true, true],
      "delete-document": [false, false, false, true],
      "manage-members": [false, false, false, true],
      assign: [false, false, false, true],
      invite: [false, false, false, true],
      "manage-settings": [false, false, false, true],
    };
    for (const action of projectActions) {
      memberships.forEach((m, i) => {
        expect(mayInProject("translator", m, action), `${action}/${m}`).toBe(table[action][i]);
        expect(mayInProject("reviewer", m, action), `reviewer ${action}/${m}`).toBe(table[action][i]);
        expect(mayInProject("admin", m, action), `admin ${action}/${m}`).toBe(true);
      });
    }
  });
});

describe("mayInvite (#16: who creates and withdraws a project's invitation links)", () => {
  const invited = ["translator", "reviewer", "manager"] as const;
  it("an administrator, into any project with any role, member or not", () => {
    for (const m of [null, "translator", "reviewer", "manager"] as const) {
      for (const role of invited) expect(mayInvite("admin", m, role), `${m}/${role}`).toBe(true);
    }
  });

  it("a project manager, with any role (managers too: they may already make a member a manager)", () => {
    for (const g of ["translator", "reviewer"] as const) for (const role of invited) expect(mayInvite(g, "manager", role)).toBe(true);
  });

  it("nobody else: not a translator or reviewer of the project, not a non-member (a manager elsewhere is one)", () => {
    for (const g of ["translator", "reviewer"] as const) {
      for (const m of [null, "translator", "reviewer"] as const) {
        for (const role of invited) expect(mayInvite(g, m, role), `${g}/${m}/${role}`).toBe(false);
      }
    }
  });

  it("never with a role that does not exist in a project (admin is a global role)", () => {
    expect(mayInvite("admin", "manager", "admin" as never)).toBe(false);
  });
});

describe("approvalNeedsNoQaErrors", () => {
  it("takes the project's setting when it has one, else the instance's", () => {
    expect(approvalNeedsNoQaErrors(true, false)).toBe(true);
    expect(approvalNeedsNoQaErrors(false, true)).toBe(false);
    expect(approvalNeedsNoQaErrors(null, true)).toBe(true);
    expect(approvalNeedsNoQaErrors(null, false)).toBe(false);
  });
});

describe("replace-all", () => {
  it("skips approved units unless included, and refuses a translator who asks to include them", () => {
    const cell = (actor: Actor, include: boolean) =>
      unitStates
        .map((state) => {
          const d = replaceDecision(actor, state, include);
          return d.replace ? "Y" : d.skip === "approved" ? "a" : "L";
        })
        .join("");
    // draft · translated · approved · rejected
    expect(cell("translator", false)).toBe("YYaY");
    expect(cell("reviewer", false)).toBe("YYaY");
    expect(cell("reviewer", true)).toBe("YYYY");
    expect(cell("admin", true)).toBe("YYYY");
    // Asked on a locked row, a translator's "include" never reaches an approved unit.
    expect(cell("translator", true)).toBe("YYLY");
    expect(() => assertMayReplace("translator", true)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertMayReplace(null, false)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertMayReplace("translator", false)).not.toThrow();
    expect(() => assertMayReplace("reviewer", true)).not.toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { chooseProject, isProjectRole, projectRoleForGlobal } from "./choose-project";

const a = { id: "p-a", name: "Client A" };
const b = { id: "p-b", name: "Daily news hi→en" };

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("chooseProject", () => {
  it("takes the only project when none is asked for", () => {
    expect(chooseProject([a])).toBe("p-a");
    expect(chooseProject([a], "  ")).toBe("p-a");
  });

  it("takes the one asked for, by id or by name in any case", () => {
    expect(chooseProject([a, b], "p-b")).toBe("p-b");
    expect(chooseProject([a, b], "client a")).toBe("p-a");
    expect(chooseProject([a, b], "Daily news hi→en")).toBe("p-b");
  });

  it("names the choices when there are several and none is asked for", () => {
    const error = refusal(() => chooseProject([a, b]));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.reason).toBe("projectRequired");
    expect(error.message).toBe('Choose a project: "Client A", "Daily news hi→en".');
    expect(error.details?.choices).toEqual(["Client A", "Daily news hi→en"]);
  });

  it("refuses a project the person cannot choose, naming the ones they can", () => {
    const error = refusal(() => chooseProject([a], "p-b"));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.reason).toBe("projectNotFound");
    expect(error.message).toContain('"Client A"');
  });

  it("says so when the person belongs to no project", () => {
    const error = refusal(() => chooseProject([]));
    expect(error.reason).toBe("noProject");
    expect(refusal(() => chooseProject([], "Client A")).reason).toBe("projectNotFound");
  });
});

describe("project roles", () => {
  it("maps the global roles of existing accounts", () => {
    expect(projectRoleForGlobal("admin")).toBe("manager");
    expect(projectRoleForGlobal("reviewer")).toBe("reviewer");
    expect(projectRoleForGlobal("translator")).toBe("translator");
  });

  it("knows its roles", () => {
    expect(isProjectRole("manager")).toBe(true);
    expect(isProjectRole("admin")).toBe(false);
  });
});

import { describe, expect, test } from "vitest";
import { checkClientImports, checkFeatureStructure, checkFileNames, importsOf, type Project, resolveImport } from "./check-structure";

const SERVER = 'import "server-only";\nexport const x = 1;\n';
const CLIENT = (body: string) => `"use client";\n\n${body}\n`;

describe("importsOf", () => {
  test("reads value, type, side-effect, re-export and dynamic imports", () => {
    const source = [
      'import { a, type B } from "./a";',
      'import type { C } from "@/lib/c";',
      'import { type D, type E } from "./d";',
      "import {\n  f,\n  g,\n} from '../f';",
      'import "server-only";',
      'export { h } from "./h";',
      'export type { I } from "./i";',
      'const j = await import("./j");',
      "// import { k } from './commented';",
    ].join("\n");
    expect(importsOf(source)).toEqual([
      { specifier: "./a", typeOnly: false },
      { specifier: "@/lib/c", typeOnly: true },
      { specifier: "./d", typeOnly: true },
      { specifier: "../f", typeOnly: false },
      { specifier: "./h", typeOnly: false },
      { specifier: "./i", typeOnly: true },
      { specifier: "server-only", typeOnly: false },
      { specifier: "./j", typeOnly: false },
    ]);
  });

  test("resolves @/ and relative specifiers to project files, packages to null", () => {
    const project: Project = new Map([
      ["lib/text/a.ts", ""],
      ["features/x/components/b.tsx", ""],
      ["lib/align/index.ts", ""],
    ]);
    expect(resolveImport(project, "features/x/data.ts", "@/lib/text/a")).toBe("lib/text/a.ts");
    expect(resolveImport(project, "features/x/data.ts", "./components/b")).toBe("features/x/components/b.tsx");
    expect(resolveImport(project, "lib/text/a.ts", "../align")).toBe("lib/align/index.ts");
    expect(resolveImport(project, "lib/text/a.ts", "zod")).toBeNull();
  });
});

describe("feature structure", () => {
  const base: [string, string][] = [
    ["features/x/schema.ts", ""],
    ["features/x/data.ts", SERVER],
    ["features/x/mutations.ts", SERVER],
    ["features/x/actions.ts", '"use server";\n'],
    ["features/x/components/anything-goes.tsx", ""],
    ["features/x/components/nested/deeper.ts", ""],
  ];

  test("a feature of the closed list passes", () => {
    expect(checkFeatureStructure(new Map(base), [])).toEqual([]);
  });

  test("a file outside the closed list fails unless grandfathered", () => {
    const project = new Map([...base, ["features/x/helpers.ts", ""]]);
    expect(checkFeatureStructure(project, [])).toEqual([expect.stringContaining("features/x/helpers.ts: a feature holds")]);
    expect(checkFeatureStructure(project, ["features/x/helpers.ts"])).toEqual([]);
  });

  test("the grandfather list only shrinks: a stale entry fails", () => {
    expect(checkFeatureStructure(new Map(base), ["features/x/gone.ts"])).toEqual([expect.stringContaining("features/x/gone.ts is gone")]);
    expect(checkFeatureStructure(new Map(base), ["features/x/schema.ts"])).toEqual([expect.stringContaining("is allowed now")]);
  });

  test("reads and writes are server-only, actions are server actions", () => {
    const project = new Map([...base, ["features/x/data.ts", "export const x = 1;\n"], ["features/x/actions.ts", "export {};\n"]]);
    expect(checkFeatureStructure(project, [])).toEqual([
      expect.stringContaining('features/x/data.ts: reads and writes are server-only; add import "server-only"'),
      expect.stringContaining('features/x/actions.ts: actions.ts starts with "use server"'),
    ]);
  });
});

describe("client components", () => {
  const server: [string, string][] = [
    ["features/x/data.ts", SERVER],
    ["features/x/actions.ts", `"use server";\nimport { x } from "./data";\nexport async function act() { return x; }\n`],
    ["features/x/types.ts", "export interface T { id: number }\n"],
    ["lib/server/prisma.ts", SERVER],
  ];

  test("importing a server-only module fails, even for a type", () => {
    const value = new Map([...server, ["features/x/components/a.tsx", CLIENT('import { x } from "../data";')]]);
    expect(checkClientImports(value)).toEqual([expect.stringContaining("features/x/components/a.tsx: imports features/x/data.ts")]);
    const typeOnly = new Map([...server, ["features/x/components/a.tsx", CLIENT('import type { X } from "@/features/x/data";')]]);
    expect(checkClientImports(typeOnly)).toEqual([expect.stringContaining("imports types from features/x/data.ts")]);
  });

  test("a server-only module reached through value imports fails, naming the chain", () => {
    const project = new Map([
      ...server,
      ["lib/util.ts", 'import { helper } from "./helper";\nexport const u = helper;\n'],
      ["lib/helper.ts", 'import { p } from "@/lib/server/prisma";\nexport const helper = p;\n'],
      ["features/x/components/a.tsx", CLIENT('import { u } from "@/lib/util";')],
    ]);
    expect(checkClientImports(project)).toEqual([
      "features/x/components/a.tsx: loads lib/server/prisma.ts, which is server-only, through lib/util.ts → lib/helper.ts.",
    ]);
  });

  test("a client module that loads zod, directly or through a schema file, fails once, naming the chain", () => {
    const project = new Map([
      ["features/x/schema.ts", 'import { z } from "zod";\nexport const s = z.object({});\nexport const values = ["a"] as const;\n'],
      ["features/x/components/a.tsx", CLIENT('import { values } from "../schema";\nimport { s } from "../schema";')],
      ["features/x/components/b.tsx", CLIENT('import { z } from "zod";')],
      ["features/x/components/c.tsx", CLIENT('import type { values } from "../schema";')],
    ]);
    expect(checkClientImports(project)).toEqual([
      expect.stringMatching(/^features\/x\/components\/a\.tsx: loads zod through features\/x\/schema\.ts;/),
      'features/x/components/b.tsx: a "use client" module cannot import zod (its schemas break the CSP).',
    ]);
  });

  test("server actions, shared types and type-only chains are fine", () => {
    const project = new Map([
      ...server,
      ["features/x/schema.ts", 'import type { X } from "./data";\nexport type Y = X;\n'],
      [
        "features/x/components/a.tsx",
        CLIENT('import { act } from "../actions";\nimport type { T } from "../types";\nimport type { Y } from "../schema";'),
      ],
    ]);
    expect(checkClientImports(project)).toEqual([]);
  });

  test("modules without the directive are not client components", () => {
    const project = new Map([...server, ["features/x/components/page-part.tsx", 'import { x } from "../data";\n']]);
    expect(checkClientImports(project)).toEqual([]);
  });
});

test("file and folder names are kebab-case; Next's route segments are allowed", () => {
  const project: Project = new Map([
    ["app/[locale]/(auth)/sign-in/page.tsx", ""],
    ["lib/text/segment.test.ts", ""],
    ["features/x/components/UnitRow.tsx", ""],
    ["lib/some_thing.ts", ""],
  ]);
  expect(checkFileNames(project)).toEqual([
    "features/x/components/UnitRow.tsx: names are kebab-case.",
    "lib/some_thing.ts: names are kebab-case.",
  ]);
});

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./fingerprint.mjs";

const roots: string[] = [];
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "setu-fp-"));
  roots.push(root);
  mkdirSync(path.join(root, "app"), { recursive: true });
  mkdirSync(path.join(root, "generated/prisma"), { recursive: true });
  writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() {}\n");
  writeFileSync(path.join(root, "generated/prisma/client.ts"), "export const client = 1;\n");
  writeFileSync(path.join(root, "package-lock.json"), "{}\n");
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the build fingerprint", () => {
  it("does not change when prisma generate rewrites a file with the same content (new mtime)", () => {
    const root = project();
    const before = sourceFingerprint(root);
    const file = path.join(root, "generated/prisma/client.ts");
    writeFileSync(file, "export const client = 1;\n");
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(sourceFingerprint(root)).toBe(before);
  });

  it("changes when a source changes, even to the same size, or a file is added or renamed", () => {
    const root = project();
    const before = sourceFingerprint(root);
    writeFileSync(path.join(root, "app/page.tsx"), "export default function Home() {}\n");
    const edited = sourceFingerprint(root);
    expect(edited).not.toBe(before);
    writeFileSync(path.join(root, "app/new.ts"), "");
    const added = sourceFingerprint(root);
    expect(added).not.toBe(edited);
    rmSync(path.join(root, "app/new.ts"));
    writeFileSync(path.join(root, "app/renamed.ts"), "");
    expect(sourceFingerprint(root)).not.toBe(added);
  });

  it("does not depend on where the checkout lives", () => {
    expect(sourceFingerprint(project())).toBe(sourceFingerprint(project()));
  });
});

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../e2e/support/chromium";
import type { ScenarioContext } from "./types";

export interface RunningApp {
  url: string;
  /** The `next start` process (the server runs in it), for CPU and memory readings. */
  pid: number;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `next build` once, unless a build exists and --no-build was given. */
export function ensureBuild(ctx: ScenarioContext): void {
  const hasBuild = existsSync(path.join(ctx.root, ".next/BUILD_ID"));
  if (hasBuild && !ctx.build) return;
  ctx.log("next build …");
  const result = spawnSync(process.execPath, [path.join(ctx.root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ctx.root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", 2, 2],
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** `next start` on a free port against the bench database, as scripts/e2e-server.mjs serves the app. */
export async function startApp(ctx: ScenarioContext): Promise<RunningApp> {
  ensureBuild(ctx);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ctx.root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ctx.root,
      env: { ...process.env, SETU_URL: url, PORT: String(port), NODE_ENV: "production" },
      stdio: ["ignore", "ignore", 2],
    },
  );
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("next start did not answer /api/health within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  ctx.log(`app listening at ${url}`);
  return { url, pid: server.pid as number, stop };
}

export interface SignedIn {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The session cookie(s) as a Cookie request header, for clients outside the browser. */
  cookieHeader: string;
}

/** Signs in through the sign-in page, as a person would, and keeps the browser for more. */
export async function signInWithBrowser(appUrl: string, email: string, password: string): Promise<SignedIn> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ baseURL: appUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId("whoami").filter({ hasText: email }).waitFor({ timeout: 30_000 });
    const cookies = await context.cookies();
    if (cookies.length === 0) throw new Error("signed in but the browser holds no cookie");
    return { browser, context, page, cookieHeader: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** A translator account created through the app's own createUser. */
export async function createBenchUser(role: "translator" | "reviewer" | "admin", label: string) {
  const { createUser } = await import("@/features/accounts/mutations");
  const email = `${label}-${Date.now().toString(36)}@bench.test`;
  const password = "bench horse 7 battery";
  const { id } = await createUser({ name: label, email, password, role });
  return { id, email, password };
}

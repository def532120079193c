import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { createDocument } from "./support/documents";
import { openEditor } from "./support/editor";
import { createUserWithRole, signedInPage } from "./support/users";

/*
 * Two instances for real: a second `next start` of the same build on the same database, on another
 * port. An edit saved through the first instance reaches a browser connected to the second through
 * that instance's live stream (PostgreSQL NOTIFY → its LISTEN → Server-Sent Events), and a job queued
 * through the second is run by the worker that runs beside the first (the second runs none).
 */
const root = path.resolve(__dirname, "..");
const port1 = Number(process.env.E2E_PORT ?? 3100);
const port2 = port1 + 57;
const origin2 = `http://127.0.0.1:${port2}`;
const databaseUrl = () => readFileSync(path.join(root, "test-results", `e2e-db-url-${port1}`), "utf8").trim();

let second: ChildProcess;

test.beforeAll(async () => {
  second = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port2), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(),
      BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
      SETU_URL: origin2,
      PORT: String(port2),
      NODE_ENV: "production",
    },
    stdio: "inherit",
  });
  const until = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${origin2}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > until || second.exitCode !== null) throw new Error("the second instance did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  if (second.exitCode === null) {
    const exited = new Promise((resolve) => second.once("exit", resolve));
    // A graceful stop: the instance ends its live streams on SIGTERM, so it does not wait for them.
    second.kill("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000))]);
    if (!stopped) second.kill("SIGKILL");
    expect(stopped, "the second instance stops within 20 s of SIGTERM").toBe(true);
  }
});

/** A page signed in on the instance at `origin`, in its own browser context. */
const signedInAt = (browser: Browser, originUrl: string, email: string) => signedInPage(browser, email, "en", originUrl);

const english = (page: Page) => page.getByTestId("unit-english");

test("an edit saved through one instance appears within a second in a browser on the other", async ({ browser }) => {
  const asha = await signedInAt(browser, `http://127.0.0.1:${port1}`, createUserWithRole("translator", "asha-one"));
  const bina = await signedInAt(browser, origin2, createUserWithRole("translator", "bina-two"));
  const id = await createDocument(asha, {
    title: `Two instances ${Date.now()}`,
    text: "किसान सुबह खेत गए। बारिश शुरू हो गई। नदी का पानी बढ़ने लगा।",
  });
  // Bina reads the document on the second instance, through its own live stream.
  const stream = bina.waitForResponse((r) => r.url().startsWith(`${origin2}/api/documents/${id}/live?`) && r.status() === 200);
  await openEditor(bina, `/en/documents/${id}/edit`);
  await stream;
  await openEditor(asha, `/en/documents/${id}/edit`);

  await english(asha).nth(1).fill("It started to rain.");
  await english(asha).nth(1).blur();
  await expect(asha.getByTestId("unit-row").nth(1).getByTestId("save-state")).toHaveText("Saved");
  // The poll that remains as a fallback asks every 2.5 s; a second is the push.
  await expect(english(bina).nth(1)).toHaveValue("It started to rain.", { timeout: 1_000 });
  for (const page of [asha, bina]) await page.context().close();
});

test("a job queued through the second instance is run by the first instance's worker", async ({ browser }) => {
  const page = await signedInAt(browser, origin2, createUserWithRole("translator", "aligner-two"));
  const id = await createDocument(page, {
    title: `Queued on two ${Date.now()}`,
    text: "आज सुबह दिल्ली में हल्की बारिश हुई। तापमान गिरकर 18 डिग्री पर आ गया।",
  });
  const form = page.getByTestId("align-form");
  await form
    .getByLabel("Paste the English translation")
    .fill("Light rain fell in Delhi this morning. The temperature dropped to 18 degrees.");
  await form.getByRole("button", { name: "Align with this translation" }).click();
  await expect(page.getByTestId("align-report")).toContainText("Aligned into 2 units");

  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ state: string; worker_id: string }>(
      "SELECT state::text, worker_id FROM job WHERE document_id = $1 AND kind = 'align'",
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.state).toBe("succeeded");
    // worker ids are host:pid:nonce; the second instance's process runs no worker.
    expect(rows[0]?.worker_id.split(":")[1]).not.toBe(String(second.pid));
  } finally {
    await client.end();
  }
  await page.context().close();
});

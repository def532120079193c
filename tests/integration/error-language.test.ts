import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import type { ReceivedError } from "@/lib/describe-error";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { makeDocument, makeUser } from "../support/fixtures";
import { type CallResult, call, sessionCookie } from "../support/http";
import { routes } from "../support/routes";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

// An error from the real route handlers, shown by the real error-message hook inside next-intl's
// provider in the Hindi UI: the text must be Hindi through and through, whatever English the server
// wrote into the envelope's message for logs and the CLI.

function ErrorProbe({ error }: { error: ReceivedError }) {
  const errorMessage = useErrorMessage();
  return createElement("p", { role: "alert" }, errorMessage(error));
}

function rendered(locale: "en" | "hi", error: ReceivedError): string {
  // A .ts test has no JSX; the provider's props type asks for its children among the props.
  const props = { locale, messages: locale === "hi" ? hi : en, timeZone: "UTC", children: createElement(ErrorProbe, { error }) };
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, props));
  return html
    .replace(/^<p role="alert">|<\/p>$/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

// Latin words a Hindi message may keep: format names and the CSV's own column names.
const ALLOWED_LATIN = new Set(["CSV", "XML", "JSON", "UTF", "TMX", "TBX", "XLIFF", "hindi", "english"]);
const englishWords = (text: string) => (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED_LATIN.has(w));

function envelopeOf(response: CallResult): ReceivedError {
  const error = response.body.error as ReceivedError | undefined;
  expect(error, JSON.stringify(response.body)).toBeDefined();
  return error as ReceivedError;
}

let reviewer: CurrentUser;
let asReviewer = "";

beforeAll(async () => {
  reviewer = await makeUser("reviewer", "error-language");
  asReviewer = await sessionCookie(reviewer.email, "correct horse 7");
});

function glossaryFile(name: string, content: string | Uint8Array<ArrayBuffer>): FormData {
  const form = new FormData();
  form.set("file", new File([content], name));
  return form;
}

describe("an error met in the Hindi UI is Hindi", () => {
  it("a glossary CSV with a wrong header: the line and the expected header as data, nothing imported", async () => {
    const before = await prisma.glossaryEntry.count();
    const response = await call(routes.glossaryImport, "POST", "/api/glossary/import", {
      cookie: asReviewer,
      form: glossaryFile("bad.csv", "hindi,english\nक,x\n"),
    });
    expect(response.status).toBe(400);
    const error = envelopeOf(response);
    expect(error.message).toMatch(/header must be/); // the server's English, for logs and the CLI
    const text = rendered("hi", error);
    expect(text).toMatch(/^CSV पंक्ति 1: हेडर hindi,english,.* होना चाहिए।$/);
    // The header the file must have is data the user types as it is; everything around it is Hindi.
    expect(englishWords(text.replace(String(error.details?.header), ""))).toEqual([]);
    expect(rendered("en", error)).toMatch(/^CSV line 1: header must be hindi,english,/);
    expect(await prisma.glossaryEntry.count()).toBe(before);
  });

  it("a glossary file that is not XML at all, and one that is binary", async () => {
    for (const [name, content] of [
      ["broken.tbx", '<?xml version="1.0"?><martif><text><body><termEntry>'],
      ["binary.csv", new Uint8Array([0, 1, 2, 0, 0, 3, 4, 0])],
    ] as const) {
      const response = await call(routes.glossaryImport, "POST", "/api/glossary/import", {
        cookie: asReviewer,
        form: glossaryFile(name, content),
      });
      expect(response.status).toBe(400);
      const text = rendered("hi", envelopeOf(response));
      expect(text).toMatch(/[\u0900-\u097F]/);
      expect(englishWords(text), `${name}: ${text}`).toEqual([]);
    }
  });

  it("a unit saved with English over the limit, and a body that is not JSON", async () => {
    const doc = await makeDocument(["पहला वाक्य है।"], reviewer.id);
    const path = `/api/units/${doc.unitIds[0]}`;
    const before = await prisma.unit.findUniqueOrThrow({ where: { id: doc.unitIds[0] } });
    const params = { id: String(doc.unitIds[0]) };
    const long = await call(routes.save, "PUT", path, { cookie: asReviewer, params, json: { english: "x".repeat(10_001), version: 1 } });
    const broken = await call(routes.save, "PUT", path, {
      cookie: asReviewer,
      params,
      raw: { body: "{", contentType: "application/json" },
    });
    for (const response of [long, broken]) {
      expect(response.status).toBe(400);
      const text = rendered("hi", envelopeOf(response));
      expect(englishWords(text), text).toEqual([]);
    }
    expect(rendered("hi", envelopeOf(broken))).toBe(hi.errors.reasons.badJson);
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: doc.unitIds[0] } })).toEqual(before);
  });

  it("a request from another origin", async () => {
    const response = await call(routes.glossaryImport, "POST", "/api/glossary/import", {
      cookie: asReviewer,
      origin: "https://evil.example",
      form: glossaryFile("g.csv", "x"),
    });
    expect(response.status).toBe(403);
    expect(rendered("hi", envelopeOf(response))).toBe(hi.errors.reasons.crossOrigin);
  });

  it("the check finds English: the old BAD_INPUT with the server's detail would fail it", () => {
    expect(englishWords("कुछ जानकारी मान्य नहीं है: CSV line 1: header must be")).toEqual(["line", "header", "must", "be"]);
  });
});

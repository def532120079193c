import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeXmlChunks } from "./decode-chunks";
import { readTmx } from "./reader";

async function* bytesOf(bytes: Uint8Array, size = bytes.length): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function decodeAll(bytes: Uint8Array, size?: number): Promise<string> {
  let text = "";
  for await (const chunk of decodeXmlChunks(bytesOf(bytes, size))) text += chunk;
  return text;
}

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const units = (bom ? "\uFEFF" : "") + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}

const tmx = `<?xml version="1.0" encoding="UTF-16"?>
<tmx version="1.4"><header srclang="hi-IN" creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="hi-IN"><seg>नमस्ते दुनिया।</seg></tuv><tuv xml:lang="en-US"><seg>Hello world 😀.</seg></tuv></tu></body></tmx>`;

describe("decodeXmlChunks", () => {
  it("decodes UTF-8 split inside multibyte characters and drops its BOM", async () => {
    const bytes = new TextEncoder().encode("\uFEFFनमस्ते 😀");
    expect(await decodeAll(bytes, 1)).toBe("नमस्ते 😀");
    expect(await decodeAll(bytes.subarray(3), 2)).toBe("नमस्ते 😀");
  });

  it("decodes UTF-16 LE and BE with a BOM, in odd-sized chunks", async () => {
    expect(await decodeAll(utf16(tmx, false), 3)).toBe(tmx);
    expect(await decodeAll(utf16(tmx, true), 5)).toBe(tmx);
  });

  it("recognises BOM-less UTF-16 from the XML declaration", async () => {
    expect(await decodeAll(utf16(tmx, false, false), 4)).toBe(tmx);
    expect(await decodeAll(utf16(tmx, true, false))).toBe(tmx);
  });

  it("feeds a UTF-16 TMX file with BOM to the reader", async () => {
    const units = [];
    for await (const event of readTmx(decodeXmlChunks(bytesOf(utf16(tmx, false), 64)))) {
      if (event.kind === "unit") units.push(event.unit);
    }
    expect(units[0].variants).toEqual([
      { lang: "hi-IN", text: "नमस्ते दुनिया।" },
      { lang: "en-US", text: "Hello world 😀." },
    ]);
  });

  it("rejects bytes that are not UTF-8", async () => {
    const latin1 = new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]);
    await expect(decodeAll(latin1)).rejects.toSatisfy((e) => e instanceof AppError && e.code === "NOT_UTF8");
    // A sequence cut off at the very end is only detectable when the stream is flushed.
    await expect(decodeAll(new Uint8Array([0x61, 0x62, 0x63, 0xe0, 0xa4]))).rejects.toBeInstanceOf(AppError);
  });

  it("handles inputs shorter than the sniffing window", async () => {
    expect(await decodeAll(new TextEncoder().encode("<a"))).toBe("<a");
    expect(await decodeAll(new Uint8Array(0))).toBe("");
  });
});

import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeTextFile, firstInvalidUtf8Offset } from "@/lib/text/decode";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Array<Uint8Array | number[]>) => {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("decodeTextFile", () => {
  test("decodes UTF-8 Hindi", () => {
    expect(decodeTextFile(utf8("नमस्ते दुनिया।\nHello."))).toBe("नमस्ते दुनिया।\nHello.");
  });

  test("drops a UTF-8 BOM but keeps a second one as content", () => {
    expect(decodeTextFile(concat([0xef, 0xbb, 0xbf], utf8("राम")))).toBe("राम");
    expect(decodeTextFile(concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8("a")))).toBe("\uFEFFa");
  });

  test("converts CRLF and lone CR to LF", () => {
    expect(decodeTextFile(utf8("a\r\nb\rc\n\r\nd"))).toBe("a\nb\nc\n\nd");
  });

  test("empty file decodes to an empty string", () => {
    expect(decodeTextFile(new Uint8Array())).toBe("");
  });

  test("rejects files over the limit, naming size and limit", () => {
    const error = thrown(() => decodeTextFile(utf8("12345"), { maxBytes: 4 }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe("File is 5 bytes; the limit is 4 bytes.");
    expect(decodeTextFile(utf8("1234"), { maxBytes: 4 })).toBe("1234");
  });

  test("rejects NUL bytes as binary", () => {
    expect(thrown(() => decodeTextFile(concat(utf8("text"), [0], utf8("more")))).code).toBe("BINARY_FILE");
  });

  test("rejects many control bytes as binary but tolerates a few", () => {
    const noisy = concat(utf8("abcdefgh"), [0x01, 0x02, 0x1b]);
    expect(thrown(() => decodeTextFile(noisy)).code).toBe("BINARY_FILE");
    const mostlyText = concat(utf8("a".repeat(100)), [0x1b], utf8("[0m"));
    expect(decodeTextFile(mostlyText)).toBe("a".repeat(100) + "\u001b[0m");
  });

  test("rejects invalid UTF-8 with the byte offset", () => {
    const bytes = concat(utf8("कख"), [0xff], utf8("x"));
    const error = thrown(() => decodeTextFile(bytes));
    expect(error.code).toBe("NOT_UTF8");
    expect(error.message).toBe("File is not valid UTF-8: invalid byte sequence at byte offset 6.");
    expect(error.details).toEqual({ reason: "notUtf8", offset: 6 });
  });

  test("offset counts the BOM", () => {
    const error = thrown(() => decodeTextFile(concat([0xef, 0xbb, 0xbf], utf8("a"), [0xc3, 0x28])));
    expect(error.details).toEqual({ reason: "notUtf8", offset: 4 });
  });

  test("Windows-1252 / Latin-1 text is rejected as not UTF-8", () => {
    expect(thrown(() => decodeTextFile(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]))).code).toBe("NOT_UTF8");
  });

  test("decodes UTF-16 LE and BE with BOM", () => {
    const le = concat([0xff, 0xfe], [0x30, 0x09, 0x3e, 0x09, 0x2e, 0x09, 0x0d, 0x00, 0x0a, 0x00]);
    const be = concat([0xfe, 0xff], [0x09, 0x30, 0x09, 0x3e, 0x09, 0x2e, 0x00, 0x0d]);
    expect(decodeTextFile(le)).toBe("राम\n");
    expect(decodeTextFile(be)).toBe("राम\n");
  });

  test("invalid UTF-16 is rejected", () => {
    // A lone high surrogate.
    expect(thrown(() => decodeTextFile(concat([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00]))).code).toBe("NOT_UTF8");
  });
});

describe("firstInvalidUtf8Offset", () => {
  test.each<[string, number[], number]>([
    ["valid", [0x61, 0xe0, 0xa4, 0x95], -1],
    ["lone continuation byte", [0x61, 0x80], 1],
    ["overlong two-byte", [0xc0, 0xaf], 0],
    ["overlong three-byte", [0x61, 0xe0, 0x80, 0x80], 1],
    ["surrogate", [0xed, 0xa0, 0x80], 0],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["truncated at end", [0x61, 0x62, 0xe0, 0xa4], 2],
  ])("%s", (_name, bytes, expected) => {
    expect(firstInvalidUtf8Offset(Uint8Array.from(bytes))).toBe(expected);
  });
});

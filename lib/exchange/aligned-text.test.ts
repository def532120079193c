import { describe, expect, it } from "vitest";
import { ALIGNED_CSV_HEADER, alignedCsvRow, alignedTextBlock } from "./aligned-text";

describe("alignedCsvRow", () => {
  it("leaves plain fields unquoted and ends rows with CRLF", () => {
    expect(ALIGNED_CSV_HEADER).toBe("hindi,english\r\n");
    expect(alignedCsvRow("नमस्ते।", "Hello.")).toBe("नमस्ते।,Hello.\r\n");
  });

  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(alignedCsvRow("राम, श्याम", 'He said "hi"')).toBe('"राम, श्याम","He said ""hi"""\r\n');
    expect(alignedCsvRow("a\nb", "c\r\nd")).toBe('"a\nb","c\r\nd"\r\n');
  });
});

describe("alignedTextBlock", () => {
  it("writes Hindi, English and a blank line", () => {
    expect(alignedTextBlock("नमस्ते।", "Hello.")).toBe("नमस्ते।\nHello.\n\n");
  });

  it("folds line breaks so pairs stay aligned", () => {
    expect(alignedTextBlock(" पहली\nदूसरी ", "one \r\n two\u2028three")).toBe("पहली दूसरी\none two three\n\n");
  });
});

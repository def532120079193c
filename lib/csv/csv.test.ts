import { describe, expect, it } from "vitest";
import { errorOf } from "@/lib/errors.test-helpers";
import { parseCsv, parseCsvRecords, restoreCell, toCsvRow } from "./csv";

describe("parseCsv", () => {
  it("parses plain rows with LF, CRLF and lone CR line ends", () => {
    expect(parseCsv("a,b\nc,d\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\r\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a\rb")).toEqual([["a"], ["b"]]);
  });

  it("handles quotes, escaped quotes, delimiters and newlines inside quotes", () => {
    expect(parseCsv('"a,b","say ""hi""","line\r\nbreak"\r\nx')).toEqual([["a,b", 'say "hi"', "line\r\nbreak"], ["x"]]);
  });

  it("keeps empty fields and blank lines, strips a BOM, returns nothing for empty input", () => {
    expect(parseCsv("\uFEFFa,,\n\nb")).toEqual([["a", "", ""], [""], ["b"]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv('""')).toEqual([[""]]);
  });

  it("reports the line each record starts on, counting breaks inside quotes", () => {
    expect(parseCsvRecords('a\n"x\ny",z\nb').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("rejects an unclosed quote naming the line where it opened", () => {
    const e = errorOf(() => parseCsv('a,b\nc,"unclosed\nmore'));
    expect(e.code).toBe("MALFORMED_FILE");
    expect(e.message).toContain("line 2");
  });

  it("rejects text after a closing quote", () => {
    const e = errorOf(() => parseCsv('ok\n"a"b,c'));
    expect(e.code).toBe("MALFORMED_FILE");
    expect(e.message).toContain("line 2");
  });
});

describe("toCsvRow", () => {
  it("quotes only when needed and doubles quotes", () => {
    expect(toCsvRow(["a", "b c", "किसान"])).toBe("a,b c,किसान");
    expect(toCsvRow(["a,b", 'x"y', "l\nm", " pad"])).toBe('"a,b","x""y","l\nm"," pad"');
  });

  it("neutralises every cell a spreadsheet would run as a formula (OWASP CSV injection)", () => {
    expect(toCsvRow(["-ism", "=SUM(A1)", "+91", "@x", "\tTAB", "\rCR", '=HYPERLINK("http://evil")'])).toBe(
      `'-ism,'=SUM(A1),'+91,'@x,'\tTAB,"'\rCR","'=HYPERLINK(""http://evil"")"`,
    );
    for (const cell of parseCsv(toCsvRow(["=1+1", "-2", "@SUM(1)", "+x"]))[0]) expect(cell).toMatch(/^'/);
  });

  it("leaves ordinary text alone", () => {
    expect(toCsvRow(["a-b", "x=y", "किसान", "'quoted'", "1+1"])).toBe("a-b,x=y,किसान,'quoted',1+1");
  });

  it("restores exactly what it neutralised, and reversibly even for values that begin with an apostrophe", () => {
    for (const value of ["-ism", "=SUM(A1)", "'=already", "''+x", "plain", "'plain", "@"]) {
      const [[cell]] = parseCsv(toCsvRow([value]));
      expect(restoreCell(cell).value).toBe(value);
      expect(restoreCell(cell).restored).toBe(cell !== value);
    }
  });

  it("round-trips arbitrary fields", () => {
    const rows = [
      ["a", 'b "q"', "c,d"],
      ["", "x\r\ny", "ज़मीन"],
    ];
    expect(parseCsv(rows.map(toCsvRow).join("\r\n"))).toEqual(rows);
  });
});

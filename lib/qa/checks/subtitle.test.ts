import { describe, expect, it } from "vitest";
import { checkSubtitle } from "./subtitle";

describe("checkSubtitle", () => {
  it("passes English that fits two lines of the configured length", () => {
    expect(checkSubtitle("Today we will talk about the floods in Bihar this week.", { lineLength: 42 })).toEqual([]);
  });

  it("flags a cue that needs more than two lines, naming the count", () => {
    const issues = checkSubtitle(
      "Today we are going to talk about the floods that hit Bihar last week, and about everything that came after them.",
      { lineLength: 42 },
    );
    expect(issues.map((i) => [i.code, i.severity, i.params.lines])).toEqual([["subtitleTooManyLines", "warning", 3]]);
  });

  it("honours the configured length and line count", () => {
    expect(checkSubtitle("one two three four five", { lineLength: 10 }).map((i) => i.code)).toEqual(["subtitleTooManyLines"]);
    expect(checkSubtitle("one two three four five", { lineLength: 10, maxLines: 3 })).toEqual([]);
  });

  it("flags a word longer than a line, which no wrapping can fit", () => {
    const [issue] = checkSubtitle("Pneumonoultramicroscopicsilicovolcanoconiosis", { lineLength: 30 });
    expect(issue).toMatchObject({ code: "subtitleLineTooLong", params: { length: 45, lineLength: 30 } });
  });
});

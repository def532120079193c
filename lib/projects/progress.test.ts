import { describe, expect, it } from "vitest";
import { endOfDay } from "./due";
import { type AssignedDocument, documentDueState, progressByPerson } from "./progress";

const now = new Date("2026-03-05T12:00:00Z");
const doc = (over: Partial<AssignedDocument>): AssignedDocument => ({
  id: "d",
  words: 100,
  wordsTranslated: 0,
  wordsApproved: 0,
  translatorId: null,
  reviewerId: null,
  dueDate: null,
  ...over,
});

describe("progressByPerson", () => {
  it("counts each person's assignments, words and due dates by their part", () => {
    const docs = [
      doc({
        id: "a",
        translatorId: "asha",
        reviewerId: "ravi",
        wordsTranslated: 100,
        wordsApproved: 40,
        dueDate: new Date("2026-03-04T00:00:00Z"),
      }),
      doc({ id: "b", translatorId: "asha", reviewerId: "ravi", words: 50, wordsTranslated: 10, dueDate: new Date("2026-03-06T00:00:00Z") }),
      doc({ id: "c", translatorId: "bina", dueDate: new Date("2026-04-01T00:00:00Z") }),
      doc({ id: "d", translatorId: "someone-else" }),
    ];
    const [asha, ravi, bina, idle] = progressByPerson(docs, ["asha", "ravi", "bina", "idle"], now);
    // Asha finished translating a (overdue for the review only), b is due tomorrow.
    expect(asha).toEqual({
      userId: "asha",
      toTranslate: 2,
      toReview: 0,
      wordsTranslated: 110,
      wordsToTranslate: 150,
      wordsApproved: 0,
      wordsToReview: 0,
      dueSoon: 1,
      overdue: 0,
    });
    expect(ravi).toMatchObject({ toReview: 2, wordsApproved: 40, wordsToReview: 150, dueSoon: 1, overdue: 1 });
    expect(bina).toMatchObject({ toTranslate: 1, dueSoon: 0, overdue: 0 });
    expect(idle).toMatchObject({ toTranslate: 0, toReview: 0 });
  });

  it("says a document is due by the end of its day where it was set, and done when all approved", () => {
    // 20:00 UTC is already 01:30 on 6 March in India.
    const evening = new Date("2026-03-05T20:00:00Z");
    const due = endOfDay("2026-03-05", "Asia/Kolkata");
    expect(documentDueState(doc({ dueDate: due }), evening)).toBe("overdue");
    expect(documentDueState(doc({ dueDate: endOfDay("2026-03-05", "UTC") }), evening)).toBe("dueSoon");
    expect(documentDueState(doc({ dueDate: due, wordsApproved: 100 }), evening)).toBe("done");
  });
});

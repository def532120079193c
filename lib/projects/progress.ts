import { type DueState, dueState } from "./due";

/** One document of a project as the project page and "My work" count it. */
export interface AssignedDocument {
  id: string;
  words: number;
  wordsTranslated: number;
  wordsApproved: number;
  translatorId: string | null;
  reviewerId: string | null;
  dueDate: Date | null;
}

/** A translator's part is done when every word is translated; a reviewer's when every word is approved. */
export function translationDone(doc: AssignedDocument): boolean {
  return doc.wordsTranslated >= doc.words;
}
export function reviewDone(doc: AssignedDocument): boolean {
  return doc.wordsApproved >= doc.words;
}

/** The document's state against its due date: it is finished when it is approved throughout. */
export function documentDueState(doc: AssignedDocument, now: Date): DueState {
  return dueState(doc.dueDate, now, reviewDone(doc));
}

export interface PersonProgress {
  userId: string;
  toTranslate: number;
  toReview: number;
  /** Words translated in the documents they translate, of how many. */
  wordsTranslated: number;
  wordsToTranslate: number;
  /** Words approved in the documents they review, of how many. */
  wordsApproved: number;
  wordsToReview: number;
  dueSoon: number;
  overdue: number;
}

/**
 * Progress per person over a project's documents: what is assigned to them (as translator, as reviewer),
 * the words done of it, and how many of their unfinished assignments are due soon or overdue (a
 * translator's part counts as finished once it is all translated, a reviewer's once it is all approved).
 */
export function progressByPerson(docs: AssignedDocument[], userIds: string[], now: Date): PersonProgress[] {
  const people = new Map<string, PersonProgress>(
    userIds.map((userId) => [
      userId,
      {
        userId,
        toTranslate: 0,
        toReview: 0,
        wordsTranslated: 0,
        wordsToTranslate: 0,
        wordsApproved: 0,
        wordsToReview: 0,
        dueSoon: 0,
        overdue: 0,
      },
    ]),
  );
  const count = (person: PersonProgress, state: DueState) => {
    if (state === "dueSoon") person.dueSoon++;
    if (state === "overdue") person.overdue++;
  };
  for (const doc of docs) {
    const translator = doc.translatorId ? people.get(doc.translatorId) : undefined;
    if (translator) {
      translator.toTranslate++;
      translator.wordsTranslated += Math.min(doc.wordsTranslated, doc.words);
      translator.wordsToTranslate += doc.words;
      count(translator, dueState(doc.dueDate, now, translationDone(doc)));
    }
    const reviewer = doc.reviewerId ? people.get(doc.reviewerId) : undefined;
    if (reviewer) {
      reviewer.toReview++;
      reviewer.wordsApproved += Math.min(doc.wordsApproved, doc.words);
      reviewer.wordsToReview += doc.words;
      count(reviewer, dueState(doc.dueDate, now, reviewDone(doc)));
    }
  }
  return [...people.values()];
}

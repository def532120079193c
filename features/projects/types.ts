import type { ProjectRole } from "@/lib/projects/choose-project";

/** A project as the pickers and the switcher show it. */
export interface ProjectOption {
  id: string;
  name: string;
  role: ProjectRole | null;
}

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: ProjectRole;
}

/** One document row of the project page, dates as ISO instants (the client shows them in its own zone). */
export interface AssignmentView {
  documentId: string;
  translatorId: string | null;
  reviewerId: string | null;
  dueDate: string | null;
}

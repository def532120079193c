import type { InvitationRefusal } from "@/lib/invitations/rules";
import type { ProjectRole } from "@/lib/projects/choose-project";

/** An invitation that can still be used, as the project page lists it (never its token: only the hash is kept). */
export interface OpenInvitation {
  id: string;
  role: ProjectRole;
  email: string | null;
  createdAt: Date;
  expiresAt: Date;
  createdBy: string | null;
}

/** What the invitation page tells the person holding a link, before they act on it. */
export interface InvitationPreview {
  refusal: InvitationRefusal | null;
  /** Only for a link that can be used: whoever holds it may learn where it leads. */
  projectId: string | null;
  projectName: string | null;
  role: ProjectRole | null;
  email: string | null;
}

/** What creating an invitation answers: the token is shown once, in the link, and never again. */
export interface CreatedInvitation {
  id: string;
  token: string;
  expiresAt: string;
}

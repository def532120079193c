import { z } from "zod";
import { isStrongPassword } from "@/lib/accounts/password";
import { type Role, roles } from "@/lib/editor/status";

export { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password";

export { roles } from "@/lib/editor/status";
export type RoleName = Role;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalidEmail" }));

export const signUpInput = z.object({
  name: z.string().trim().min(1, { error: "nameRequired" }).max(100),
  email: emailSchema,
  password: z.string().refine(isStrongPassword, { error: "weakPassword" }),
  // The token of an invitation link (#16): needed when sign-up is by invitation only.
  invitationToken: z.string().max(200).optional(),
});

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1).max(256),
});

export const changeRoleInput = z.object({
  userId: z.string().min(1),
  role: z.enum(roles),
});

export type SignUpInput = z.infer<typeof signUpInput>;
export type SignInInput = z.infer<typeof signInInput>;

"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { safeAction } from "@/lib/server/safe-action";
import { changeRole, createUser, signIn, signOut } from "./mutations";
import { changeRoleInput, signInInput, signUpInput } from "./schema";

export const signUpAction = safeAction({ input: signUpInput, roles: null }, async (input) => {
  await createUser(input, await headers());
  // createUser signs the new user in (autoSignIn); the session cookie is set by next-cookies.
  return null;
});

export const signInAction = safeAction({ input: signInInput, roles: null }, async (input) => {
  await signIn(input.email, input.password, await headers());
  return null;
});

export const signOutAction = safeAction({ input: z.unknown(), roles: null }, async () => {
  await signOut(await headers());
  return null;
});

export const changeRoleAction = safeAction({ input: changeRoleInput, roles: ["admin"] }, async (input, user) => {
  await changeRole(user!.id, input.userId, input.role);
  return null;
});

"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction, safeAction } from "@/lib/server/safe-action";
import { changeRole, createUser, signIn, signOut } from "./mutations";
import { changeRoleInput, signInInput, signUpInput } from "./schema";

export const signUpAction = publicAction(signUpInput, async (input) => {
  const { invitationToken, ...account } = input;
  await createUser(account, await headers(), invitationToken || undefined);
  // createUser signs the new user in (autoSignIn); the session cookie is set by next-cookies.
  return null;
});

export const signInAction = publicAction(signInInput, async (input) => {
  await signIn(input.email, input.password, await headers());
  return null;
});

export const signOutAction = publicAction(z.unknown(), async () => {
  await signOut(await headers());
  return null;
});

export const changeRoleAction = safeAction({ input: changeRoleInput, roles: ["admin"] }, async (input, user) => {
  await changeRole(user.id, input.userId, input.role);
  return null;
});

import { isSignUpMode, signUpModes } from "@/lib/invitations/rules";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

/** `setu settings signup [open|invite-only]`: prints the sign-up setting, or changes it. */
export async function run(args: string[]): Promise<void> {
  const [name, value, ...extra] = args;
  if (name !== "signup" || extra.length > 0) throw usageError(`use "settings signup [${signUpModes.join("|")}]".`);
  if (value !== undefined && !isSignUpMode(value)) throw usageError(`the sign-up setting is one of ${signUpModes.join(", ")}.`);
  await resolveDatabaseUrl();
  if (value === undefined) {
    const { loadSignUpMode } = await import("@/features/invitations/data");
    process.stdout.write(`${await loadSignUpMode()}\n`);
    return;
  }
  const { saveSignUpMode } = await import("@/features/invitations/mutations");
  await saveSignUpMode(value, null);
  process.stdout.write(`${value}\n`);
}

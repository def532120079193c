import { parseArgs } from "node:util";
import { type RoleName, roles, signUpInput } from "@/features/accounts/schema";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

export async function run(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw usageError(`unknown "user" subcommand "${sub ?? ""}". Use "user create".`);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string", default: "translator" },
      name: { type: "string" },
    },
    strict: true,
  });
  if (!values.email) throw usageError("--email is required.");
  if (!values.password) throw usageError("--password is required.");
  if (!roles.includes(values.role as RoleName)) throw usageError(`--role must be one of ${roles.join(", ")}.`);
  const parsed = signUpInput.safeParse({
    name: values.name ?? values.email.split("@")[0],
    email: values.email,
    password: values.password,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0].message;
    const messages: Record<string, string> = {
      invalidEmail: `"${values.email}" is not a valid email address.`,
      weakPassword: "the password is too weak: use at least 10 characters, with letters and a digit or symbol.",
    };
    throw usageError(messages[issue] ?? issue);
  }
  await resolveDatabaseUrl();
  const { createUser } = await import("@/features/accounts/mutations");
  const user = await createUser({ ...parsed.data, role: values.role as RoleName });
  process.stdout.write(`Created ${values.role} ${parsed.data.email} (id ${user.id})\n`);
}

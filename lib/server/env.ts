import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** The one place that reads process.env. */
const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Run the app with `npm start` (embedded database) or set DATABASE_URL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  SETU_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  SETU_MAX_UPLOAD_MB: z.coerce.number().positive().default(50),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("CONFIG", `${issue.path.join(".")}: ${issue.message}`);
  }
  cached = parsed.data;
  return cached;
}

export function baseUrl(): string {
  const e = env();
  return e.SETU_URL ?? `http://localhost:${e.PORT}`;
}

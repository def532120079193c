import { pingDatabase } from "@/lib/server/health";

/** For load balancers: 200 when the app and its database answer, 503 otherwise. */
export async function GET() {
  const started = Date.now();
  try {
    await pingDatabase();
    return Response.json({ status: "ok", app: "ok", database: "ok", latencyMs: Date.now() - started });
  } catch {
    return Response.json({ status: "error", app: "ok", database: "unreachable" }, { status: 503 });
  }
}

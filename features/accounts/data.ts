import "server-only";
import { prisma } from "@/lib/server/prisma";

export async function loadUsers() {
  return prisma.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

export async function countUsers(): Promise<number> {
  return prisma.user.count();
}

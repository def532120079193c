import { getFormatter, getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/session";
import { loadUsers } from "@/features/accounts/data";
import { RoleSelect } from "@/features/accounts/components/role-select";
import { notFound } from "next/navigation";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  if (user.role !== "admin") notFound();
  const [users, t, format] = await Promise.all([loadUsers(), getTranslations("admin"), getFormatter()]);
  return (
    <section>
      <h1>{t("usersTitle")}</h1>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t("email")}</th>
            <th>{t("name")}</th>
            <th>{t("role")}</th>
            <th>{t("created")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.email} {u.id === user.id && <em>({t("you")})</em>}
              </td>
              <td>{u.name}</td>
              <td>
                <RoleSelect userId={u.id} role={u.role} email={u.email} />
              </td>
              <td>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { RoleSelect } from "@/features/accounts/components/role-select";
import { loadUsers, requirePageUser } from "@/features/accounts/data";
import { SignUpModeForm } from "@/features/invitations/components/sign-up-mode-form";
import { loadSignUpMode } from "@/features/invitations/data";
import { QaSettingsForm } from "@/features/qa/components/qa-settings-form";
import { loadQaSettings } from "@/features/qa/data";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { user } = await requirePageUser(params);
  if (user.role !== "admin") notFound();
  const [users, t, format, qaSettings, signUpMode] = await Promise.all([
    loadUsers(),
    getTranslations("admin"),
    getFormatter(),
    loadQaSettings(),
    loadSignUpMode(),
  ]);
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
      <SignUpModeForm mode={signUpMode} />
      <QaSettingsForm settings={qaSettings} />
    </section>
  );
}

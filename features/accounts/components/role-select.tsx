"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormMessage, useActionForm } from "@/features/shell/components/use-action-form";
import { useRouter } from "@/i18n/navigation";
import { type Role as RoleName, roles } from "@/lib/editor/status";
import { changeRoleAction } from "../actions";

export function RoleSelect({ userId, role, email }: { userId: string; role: RoleName; email: string }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const router = useRouter();
  const [value, setValue] = useState<RoleName>(role);
  const { message, pending, submit } = useActionForm();
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(
          () => changeRoleAction({ userId, role: value }),
          t("saved"),
          () => router.refresh(),
        );
      }}
    >
      <select aria-label={`${t("role")} ${email}`} value={value} onChange={(e) => setValue(e.target.value as RoleName)}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending || value === role}>
        {t("save")}
      </button>
      <ActionFormMessage message={message} />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { changeRoleAction } from "../actions";
import { type RoleName, roles } from "../schema";

export function RoleSelect({ userId, role, email }: { userId: string; role: RoleName; email: string }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [value, setValue] = useState<RoleName>(role);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await changeRoleAction({ userId, role: value });
          setMessage(result.ok ? { kind: "ok", text: t("saved") } : { kind: "error", text: errorMessage(result) });
          if (result.ok) router.refresh();
        });
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
      {message && (
        <span role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "error" : "ok"}>
          {message.text}
        </span>
      )}
    </form>
  );
}

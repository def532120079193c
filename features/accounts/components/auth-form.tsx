"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password";
import { signInAction, signUpAction } from "../actions";

/**
 * Sign-in or sign-up. With `invitationToken` (the invitation page), the sign-up uses the link (and the email
 * it is bound to, if any, is filled in) and goes to `next` (the invitation's project) afterwards.
 */
export function AuthForm({
  mode,
  invitationToken,
  email,
  next = "/",
}: {
  mode: "sign-in" | "sign-up";
  invitationToken?: string;
  email?: string | null;
  next?: string;
}) {
  const t = useTranslations("auth");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      ...(invitationToken ? { invitationToken } : {}),
    };
    setError(null);
    startTransition(async () => {
      const result = mode === "sign-in" ? await signInAction(input) : await signUpAction(input);
      if (!result.ok) {
        setError(errorMessage(result));
        return;
      }
      router.replace(next);
      router.refresh();
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-describedby={error ? "auth-error" : undefined}>
      {mode === "sign-up" && (
        <label>
          {t("name")}
          <input name="name" autoComplete="name" required maxLength={100} />
        </label>
      )}
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="email" required defaultValue={email ?? undefined} />
      </label>
      <label>
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
          required
          minLength={mode === "sign-up" ? MIN_PASSWORD_LENGTH : undefined}
        />
        {mode === "sign-up" && <small>{t("passwordHint", { min: MIN_PASSWORD_LENGTH })}</small>}
      </label>
      {error && (
        <p className="error" role="alert" id="auth-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("working") : mode === "sign-in" ? t("submitSignIn") : t("submitSignUp")}
      </button>
    </form>
  );
}

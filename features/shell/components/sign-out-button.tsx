"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { signOutAction } from "@/features/accounts/actions";
import { useRouter } from "@/i18n/navigation";

export function SignOutButton() {
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="link-button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutAction(null);
          router.replace("/sign-in?signedOut=1");
          router.refresh();
        })
      }
    >
      {t("signOut")}
    </button>
  );
}

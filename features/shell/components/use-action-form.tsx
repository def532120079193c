"use client";

import { useState, useTransition } from "react";
import type { ReceivedError } from "@/lib/describe-error";
import { useErrorMessage } from "./use-error-message";

type FormMessage = { kind: "ok" | "error"; text: string } | null;

/**
 * The submit of a small settings form: runs a server action in a transition and keeps its outcome
 * as a message (the success text, or the error's reason translated). Forms show it with
 * <ActionFormMessage>, announced as a status or, for an error, as an alert.
 */
export function useActionForm() {
  const errorMessage = useErrorMessage();
  const [message, setMessage] = useState<FormMessage>(null);
  const [pending, startTransition] = useTransition();
  const submit = (action: () => Promise<{ ok: true } | ({ ok: false } & ReceivedError)>, okText: string, onOk?: () => void) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { kind: "ok", text: okText } : { kind: "error", text: errorMessage(result) });
      if (result.ok) onOk?.();
    });
  return { message, pending, submit };
}

export function ActionFormMessage({ message }: { message: FormMessage }) {
  if (!message) return null;
  return (
    <span role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "error" : "ok"}>
      {message.text}
    </span>
  );
}

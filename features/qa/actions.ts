"use server";

import { safeAction } from "@/lib/server/safe-action";
import { saveQaSettings } from "./mutations";
import { qaSettingsInput } from "./schema";

/** The instance's QA settings: admins only (the same rule as PUT /api/settings/qa). */
export const saveQaSettingsAction = safeAction({ input: qaSettingsInput, roles: ["admin"] }, async (input, user) =>
  saveQaSettings(input, user),
);

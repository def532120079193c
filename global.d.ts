import type { routing } from "@/i18n/routing";
import type messages from "@/messages/en.json";

// A missing or misspelt message key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}

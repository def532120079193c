import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale routing only; permission checks live in every page, action and route handler.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};

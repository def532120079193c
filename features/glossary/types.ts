/**
 * Glossary values the browser needs too. Here and not in schema.ts: a client module that imports a zod schema file
 * defines the schemas in the browser, and zod 4 probes `new Function("")` when it does — a CSP violation
 * (npm run lint's structure check refuses it).
 */

/** Term statuses as the database spells them (lib/glossary uses "do-not-translate"). */
export const termStatusValues = ["preferred", "forbidden", "do_not_translate"] as const;
export type DbTermStatus = (typeof termStatusValues)[number];

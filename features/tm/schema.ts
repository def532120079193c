import { z } from "zod";
import { singleLine } from "@/lib/validation";

/** ?q= of a concordance search: a word or phrase, at least two characters (shorter ones match nearly everything). */
export const concordanceQuery = z.object({ q: singleLine(200, { min: 2, error: "queryTooShort" }) });

/** POST /api/documents/:id/analyse: an empty JSON object (the analysis has no options yet; a JSON body keeps forms out). */
export const analyseInput = z.object({}).strict();

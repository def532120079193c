import { z } from "zod";
import { rowId } from "@/lib/validation";

/** The entry the person saw on the button: anything else (a newer one, another's) is refused. */
export const undoInput = z.object({ entryId: rowId });

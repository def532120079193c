/**
 * Hand-written Hindi–English parallel documents with their gold sentence alignment, for
 * measuring the aligner. Written for this project (not taken from any corpus) so they can be
 * committed; each covers a different register and the bead types translators actually produce.
 */
import { biharFloods } from "./bihar-floods";
import type { GoldDocument } from "./build-document";
import { cricketFinal } from "./cricket-final";
import { gstReport } from "./gst-report";
import { isroLaunch } from "./isro-launch";
import { teaStall } from "./tea-stall";
import { vaccinationDrive } from "./vaccination-drive";
import { villageCoder } from "./village-coder";

export type { GoldBead, GoldDocument } from "./build-document";

export const goldSet: GoldDocument[] = [biharFloods, gstReport, villageCoder, isroLaunch, vaccinationDrive, teaStall, cricketFinal];

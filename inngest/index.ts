import { generateMatchingsDaily } from "./generate-matchings-daily";
import { recalculateGigRanking } from "./recalculate-gig-ranking";

export { inngest, rankingRecalculate } from "./client";

export const functions = [generateMatchingsDaily, recalculateGigRanking];

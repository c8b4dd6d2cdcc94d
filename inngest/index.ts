import { generateMatchingsDaily } from "./generate-matchings-daily";
import { matchCandidateProfile } from "./match-candidate-profile";
import { recalculateGigRanking } from "./recalculate-gig-ranking";

export { candidateProfileUpdated, inngest, rankingRecalculate } from "./client";

export const functions = [generateMatchingsDaily, recalculateGigRanking, matchCandidateProfile];

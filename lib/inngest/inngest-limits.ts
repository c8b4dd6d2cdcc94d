/**
 * Inngest's documented limits (https://www.inngest.com/docs/usage-limits/inngest), in the units a
 * function can check against. "MB" and "KB" are read as the smaller, decimal values.
 */
export const INNGEST_LIMITS = {
  /** "The limit for data returned by a step is 4MB." */
  stepOutputBytes: 4_000_000,
  /** "Function run state cannot exceed 32MB": the event, and every step's returned data, summed. */
  runStateBytes: 32_000_000,
  /** "The maximum number of steps allowed per function is 1000." */
  stepsPerRun: 1_000,
  /** "Maximum number of events you can send in one request is 5000." */
  eventsPerSend: 5_000,
  /** The request size of one send on the free plan (256 KB; up to 3 MB on paid plans). */
  sendBodyBytes: 256_000,
} as const;

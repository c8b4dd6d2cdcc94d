export { explainJob, type ExplainOptions, type ExplainResult } from "./explain-job";
export { explainJobs, type ExplainTotals } from "./explain-jobs";
export { explainerFromEnv, type ExplainerConfig, type GeminiSettings } from "./gemini-settings";
export { ModelLimiter } from "./model-limiter";
export { reasonFingerprinter } from "./reason-fingerprint";

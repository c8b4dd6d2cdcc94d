export { CRITERION_LABELS } from "@/lib/dashboard/criterion-labels";

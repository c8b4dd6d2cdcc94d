export { STATUS_LABELS } from "@/lib/dashboard/status-labels";

import fs from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";

const STATUS = "/proc/self/status";

// A full collection before each phase, so garbage of the previous one is not counted in its peak.
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

/**
 * The process's peak resident memory during `phase`, in MB. On Linux the kernel's own high-water
 * mark (VmHWM) is reset before the phase, so the figure is exact, not sampled; elsewhere RSS is
 * sampled every 10 ms (and may miss a short peak).
 */
export async function measurePeakRss<T>(phase: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  collect();
  if (resetHighWaterMark()) {
    const result = await phase();
    return { result, peakRssMb: Math.round(readHighWaterMarkKb() / 1024) };
  }
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    const result = await phase();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakRssMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

function resetHighWaterMark(): boolean {
  try {
    // "5" resets the peak RSS to the current RSS (Linux 4.0+).
    fs.writeFileSync("/proc/self/clear_refs", "5");
    return readHighWaterMarkKb() > 0;
  } catch {
    return false;
  }
}

function readHighWaterMarkKb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(STATUS, "utf8"));
  return match ? Number(match[1]) : 0;
}

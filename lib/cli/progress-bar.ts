/** A one-line progress bar on stderr, only when stderr is a terminal (never in pipes, CI or --json). */
export function progressBar(label: string): { update: (done: number, total: number, detail?: string) => void; done: () => void } {
  const stream = process.stderr;
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const width = 30;
  return {
    update(done, total, detail = "") {
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = "█".repeat(filled) + "░".repeat(width - filled);
      stream.write(`\r${label} ${bar} ${done}/${total} ${detail}`.slice(0, stream.columns ?? 120).padEnd(stream.columns ?? 0));
    },
    done() {
      stream.write("\r\x1b[2K");
    },
  };
}

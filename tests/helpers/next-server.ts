import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type NextServer = {
  url: string;
  pid: number;
  stop: () => Promise<void> /** What the server printed so far. */;
  output: () => string;
};

/**
 * `next start` on a free port (after `next build`), resolved once it answers HTTP. The server's
 * URL is its APP_URL unless `env` says otherwise; `env` may depend on that URL.
 */
export async function startNext(env: Record<string, string> | ((url: string) => Record<string, string>)): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    // The test runner's NODE_ENV=test would leak into the server: run it as production runs.
    env: { ...process.env, NODE_ENV: "production", APP_URL: url, ...(typeof env === "function" ? env(url) : env) },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: `next start` runs the server in a child process that must stop too.
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    if (
      await fetch(url, { method: "HEAD" }).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    url,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (groupAlive()) process.kill(-child.pid!, "SIGTERM");
      for (let waited = 0; groupAlive() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      if (groupAlive()) process.kill(-child.pid!, "SIGKILL");
    },
  };
}

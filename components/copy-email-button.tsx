"use client";

import { useEffect, useRef, useState } from "react";

type State = "idle" | "copied" | "manual";

/**
 * Copies an email address, says so, and where the browser refuses the clipboard (no permission,
 * plain http) shows the address selected, ready for Ctrl+C.
 */
export function CopyEmailButton({ email }: { email: string }) {
  const [state, setState] = useState<State>("idle");
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state === "manual") {
      field.current?.focus();
      field.current?.select();
    }
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(email);
      setState("copied");
    } catch {
      setState("manual");
    }
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="button py-0.5 text-sm">
        Copy email
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {state === "copied" ? "Copied" : ""}
      </span>
      {state === "manual" && (
        <label className="text-sm">
          <span className="mr-1 text-slate-700">Copying is blocked here; press Ctrl+C:</span>
          <input ref={field} readOnly value={email} className="field py-0.5 text-sm" onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}

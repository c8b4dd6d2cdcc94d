/** `candidates[3].skills[1]`: the JSON path of a field, as a person reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") ||
    "(root)"
  );
}

import { skillKey } from "./skill-key";

// A trailing version: "3", "3.x", "2.7", "v7", "19c", "11g", "2+".
const VERSION = /^(.*?)([\s_-]*v?)(\d+(?:\.(?:\d+|x))*[cgix+]?)$/iu;
const PARENTHESIS = /^(.*\S)\s*\(([^()]*)\)$/u;

/**
 * The keys to look a spelling up by, in order, the first known one winning: the spelling's own
 * key; then, for "Amazon Web Services (AWS)" or "Go (Golang)", the part before the parenthesis and
 * the part inside it; then each of those without a trailing version ("Java 17", "Python 3.x",
 * "C++17", "Oracle 19c"). Versions fold only here, never in the key, so that a version that is
 * another skill ("Angular 1" is AngularJS) can be listed as an alias and win.
 */
export function lookupKeys(spelling: string): string[] {
  const names = [spelling];
  const parenthesis = PARENTHESIS.exec(spelling.trim());
  if (parenthesis?.[1] && parenthesis[2]) names.push(parenthesis[1], parenthesis[2]);
  for (const name of [...names]) {
    const bare = withoutVersion(name.trim());
    if (bare) names.push(bare);
  }
  return [...new Set(names.map(skillKey).filter((key) => key !== ""))];
}

/** The name without its trailing version, when the version is set apart ("Java 17", "Angular v17") or follows two characters or more ("C++17", "Python3"; not "D3", which is D3.js, nor "C4"). */
function withoutVersion(name: string): string | undefined {
  const [, bare = "", separator = ""] = VERSION.exec(name) ?? [];
  return /[\p{L}]/u.test(bare) && (separator !== "" || bare.length >= 2) ? bare : undefined;
}

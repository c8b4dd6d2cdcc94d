import { skillKey } from "./skill-key";

// A trailing version: "3", "3.x", "2.7", "v7", "19c", "11g", "2+".
const VERSION = /^(.*?)([\s_-]*v?)(\d+(?:\.(?:\d+|x))*[cgix+]?)$/iu;
const PARENTHESIS = /^(.*\S)\s*\(([^()]*)\)$/u;
// Words that qualify a skill without changing it ("Perl Scripting", "Datadog APM", "Nginx Web
// Server"). Never "script" (VBScript is not Visual Basic) nor "stack" (ELK Stack is not ELK).
const QUALIFIER_WORDS = `administration admin api apm app apps cloud cluster compliance crm database databases db design
  developer development ecosystem engine enterprise framework ide language library management pipeline pipelines platform pro
  products professional programming protocol scripting sdk server service services software suite tool tools web 3d`.split(/\s+/);
const QUALIFIER = new RegExp(`^(.*?[\\p{L}\\p{N}+#])[\\s-]+(?:${QUALIFIER_WORDS.join("|")})$`, "iu");

/**
 * The keys to look a spelling up by, in order, the first known one winning: the spelling's own
 * key; then, for "Amazon Web Services (AWS)" or "Go (Golang)", the part before the parenthesis and
 * the part inside it; then each of those without up to two qualifying words ("Perl Scripting",
 * "Nginx Web Server"); then each without a trailing version ("Java 17", "Python 3.x", "C++17",
 * "Oracle 19c"). These fold only here, never in the key, so that a spelling that is a skill of its
 * own ("Angular 1" is AngularJS, "SQL Server" is not SQL) is listed in the data and wins.
 */
export function lookupKeys(spelling: string): string[] {
  const names = [spelling.trim()];
  const parenthesis = PARENTHESIS.exec(names[0] ?? "");
  if (parenthesis?.[1] && parenthesis[2]) names.push(parenthesis[1], parenthesis[2].trim());
  for (const name of [...names]) {
    let bare = QUALIFIER.exec(name)?.[1];
    for (let step = 0; bare && step < 2; step++, bare = QUALIFIER.exec(bare)?.[1]) names.push(bare);
  }
  for (const name of [...names]) {
    const bare = withoutVersion(name);
    if (bare) names.push(bare);
  }
  return [...new Set(names.map(skillKey).filter((key) => key !== ""))];
}

/**
 * The name without its trailing version, when the version is set apart ("Java 17", "Angular v17")
 * or follows two characters or more ("C++17", "Python3"; not "D3", which is D3.js, nor "C4").
 */
function withoutVersion(name: string): string | undefined {
  const [, bare = "", separator = ""] = VERSION.exec(name) ?? [];
  return /[\p{L}]/u.test(bare) && (separator !== "" || bare.length >= 2) ? bare : undefined;
}

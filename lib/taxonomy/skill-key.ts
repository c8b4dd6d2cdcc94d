/**
 * The key of a skill or domain name: two spellings with one key are one skill. It folds only what
 * never changes meaning, in this order:
 *
 * 1. ™, ® and © go (NFKC would turn ™ into the letters "tm"); then Unicode NFKC (full-width
 *    letters, ligatures, non-breaking spaces), lower case.
 * 2. Every whitespace goes ("Type Script", "Spring Boot", "VB .NET"): no two skills differ by a space.
 * 3. Hyphens, underscores, dots, slashes and apostrophes between two letters or digits go
 *    ("e-commerce", "node.js", "asp.net", "ci/cd", "ren'py"). A dot that is not between two
 *    letters or digits stays, so ".NET" keeps its leading dot and is not "NET".
 * 4. Leading and trailing punctuation goes ("(Python)", "JavaScript.", "#python"), but a
 *    trailing `+` or `#` stays (C, C++, C#, F#) and so does one leading dot before a letter (".net").
 * 5. A trailing "js" goes when at least two characters remain ("reactjs" → "react", "nodejs" →
 *    "node", "d3js" → "d3"; "js" stays "js"), except where the bare word is another skill:
 *    AngularJS is not Angular, GoJS is not Go, SolidJS is not SOLID, Math.js is not mathematics,
 *    TensorFlow.js is not TensorFlow.
 *
 * Anything without a letter or a digit has no key: "". Versions are not folded ("Python 3",
 * "Angular 1" is AngularJS): those are aliases, decided one by one in the data.
 */
export function skillKey(name: string): string {
  // Most names, and the word runs of a job's text (thousands per job), are plain ASCII letters,
  // digits and spaces, for which the rules come down to lower case without spaces: skipping the
  // Unicode folds there made loading a candidate's few hundred jobs about twice as fast.
  if (PLAIN.test(name)) return stripJsSuffix(name.toLowerCase().replaceAll(" ", ""));
  const folded = name
    .replace(/[™®©]/g, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/(?<=[\p{L}\p{N}])[-_./'’]+(?=[\p{L}\p{N}])/gu, "")
    .replace(/[^\p{L}\p{N}+#]+$/u, "")
    .replace(/^[^\p{L}\p{N}]*?(\.?)\.*(?=[\p{L}\p{N}])/u, "$1")
    // Again: dropping a space may join a combining mark to a letter ("t ̈" from NFKC's "t¨").
    .normalize("NFKC");
  if (!/[\p{L}\p{N}]/u.test(folded)) return "";
  return stripJsSuffix(folded);
}

const PLAIN = /^ *[A-Za-z0-9][A-Za-z0-9 ]*$/;

// Bare words that name another skill than the same word with ".js": see rule 5.
const KEEPS_JS = new Set(["angular", "go", "solid", "math", "tensorflow"]);

// Repeated ("abjsjs" → "ab") so that a key is its own key.
function stripJsSuffix(key: string): string {
  const bare = key.slice(0, -2);
  return key.endsWith("js") && bare.length >= 2 && !KEEPS_JS.has(bare) && /[\p{L}\p{N}]$/u.test(bare) ? stripJsSuffix(bare) : key;
}

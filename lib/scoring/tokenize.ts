// Words too common to say anything about fit, in English and French job posts.
const STOP_WORDS = new Set(
  (
    "a an and are as at be by for from has have in into is it its of on or our the their this to we will with you your " +
    "who what when where which while all any can more most other some such than too very about over under years year " +
    "experience team work working job role looking strong good great new using use based " +
    "le la les un une des de du et en au aux pour par sur avec dans est sont nous vous"
  ).split(" "),
);

/** The distinct meaningful lower-case words of a text, for the relevance criterion. */
export function tokenize(text: string): string[] {
  const words =
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu) ?? [];
  const tokens = new Set<string>();
  for (const raw of words) {
    const word = raw.replace(/\.+$/, "");
    if (word.length >= 2 && !STOP_WORDS.has(word)) tokens.add(word);
  }
  return [...tokens];
}

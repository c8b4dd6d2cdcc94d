import fc from "fast-check";

// Hostile input for the fuzzers (tests/hostile/fuzz-*.test.ts): strings, JSON texts and URL
// pieces a careless or malicious client sends. None of them is a valid value of any field, so
// every request built from them must be refused.

/** Strings no field accepts as they are, whatever the field. */
export const hostileStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202eevil\u202c",
  "مرحبا بالعالم",
  "שלום",
  "👩🏽‍💻🚀🇫🇷",
  "\ufeff",
  "\u200b\u200d",
  "Ω≈ç√∫˜µ≤≥÷",
  "' OR '1'='1' --",
  '\'; DROP TABLE "CandidateMatching"; --',
  "1; SELECT pg_sleep(10)",
  "$1",
  "%s%s%n",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e400",
  "null",
  "undefined",
  "true",
  "__proto__",
  "constructor",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose.
  "${process.env}",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "00000000-0000-0000-0000-00000000000g",
  "a".repeat(5_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...hostileStrings), { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")) },
);

// JSON string literal, with lone surrogates written as \\uXXXX escapes (JSON.stringify does that).
const jsonString = (value: string) => JSON.stringify(value);

export const deep = (levels: number, open = "[", close = "]", inner = "1") => `${open.repeat(levels)}${inner}${close.repeat(levels)}`;

/**
 * JSON literals of a field's value, as text: numbers JSON can carry but JavaScript cannot hold
 * exactly (huge exponents, -0, 2^53 + 1), strings, wrong types, deep nesting.
 */
export const hostileLiteral: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map(jsonString) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "1e400",
      "-1e400",
      "1e-400",
      "-1",
      "100.0000001",
      "101",
      "9007199254740993",
      "-9007199254740993",
      '"NaN"',
      '"Infinity"',
      '"50"',
      "true",
      "false",
      "[]",
      "{}",
      '{"$ne":null}',
      '["VIEWED"]',
      '{"__proto__":{"admin":true}}',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 10_000 }).map((levels) => deep(levels)) },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 10_000 }).map((levels) => deep(levels, '{"a":', "}")) },
  {
    weight: 1,
    arbitrary: fc
      .double()
      .filter((n) => Number.isFinite(n) && (n < 0 || n > 100))
      .map(String),
  },
);

/** Bodies that are not JSON at all, or JSON of the wrong shape. */
export const malformedBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "}",
    "[1,]",
    '{"status":}',
    "{'status':'VIEWED'}",
    "\ufeff{}",
    "\u0000",
    "null",
    "[]",
    "0",
    '"VIEWED"',
    "NaN",
    "undefined",
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.integer({ min: 1, max: 10_000 }).map((levels) => deep(levels)),
  fc.integer({ min: 1, max: 10_000 }).map((levels) => deep(levels, '{"a":', "}")),
  fc.integer({ min: 1, max: 10_000 }).map((levels) => "[".repeat(levels)),
);

/** A JSON object of the endpoint's own keys (and strangers), each with a hostile value. */
export const objectBody = (keys: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), hostileString), hostileLiteral), { minLength: 1, maxLength: 5 })
    .map((entries) => `{${entries.map(([key, value]) => `${jsonString(key)}:${value}`).join(",")}}`);

/**
 * A URL piece: percent-encoded as a client would, except lone surrogates (which
 * encodeURIComponent refuses) become the bytes of an unpaired surrogate, and a few raw
 * malformed escapes.
 */
export function encodeHostile(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    else out += encodeURIComponent(char);
  }
  return out;
}

export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map(encodeHostile) },
  { weight: 1, arbitrary: fc.constantFrom("%", "%E0%A4%A", "%zz", "%00", "%2e%2e", "%2F", "..%2F..%2F", "%C0%AE", "%ff%fe") },
);

import fs from "node:fs";

/** A file that cannot be imported before its content is even looked at: missing, unreadable, not JSON. */
export class ImportFileError extends Error {
  override name = "ImportFileError";
}

/**
 * The import file's JSON. Says "file not found" for a missing file, and where a syntax error is,
 * as line and column, whatever the Node version's wording of it.
 */
export function readImportFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ImportFileError(`${file}: file not found`);
    if (code === "EISDIR") throw new ImportFileError(`${file}: is a directory, not a JSON file`);
    throw new ImportFileError(`${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = syntaxErrorPosition(text, message);
    const reason = message.replace(/,? ".*" is not valid JSON$|,? \.\.\.".*$| in JSON at position \d+.*$/s, "");
    throw new ImportFileError(`${file}: not valid JSON${position === null ? "" : ` at ${lineAndColumn(text, position)}`}: ${reason}`);
  }
}

/** Where V8 says the syntax error is: "at position N", the end of the input, or around the token it quotes. */
export function syntaxErrorPosition(text: string, message: string): number | null {
  const at = / at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  // "Unexpected token 'x', "<source>" is not valid JSON": the source is quoted whole when short,
  // else ten characters either side of the token, with "..." where it was cut.
  const quoted = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!quoted) return null;
  const [, token, before, context, after] = quoted as unknown as [string, string, string | undefined, string, string | undefined];
  const start = text.indexOf(context);
  if (start < 0) return null;
  if (before) return start + 10;
  if (after) return start + context.length - 10;
  return firstOutsideStrings(text, token!);
}

function firstOutsideStrings(text: string, token: string): number | null {
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
    } else if (char === token) return i;
    else if (char === '"') inString = true;
  }
  return null;
}

/** "line 3, column 5" (both from 1) of a position in the text. */
export function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return `line ${line}, column ${position - before.lastIndexOf("\n")}`;
}

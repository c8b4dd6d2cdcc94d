import { describe, expect, it } from "vitest";
import { boardCsv, csvField } from "../../../lib/dashboard/board-csv";
import type { BoardCellRow } from "../../../lib/dashboard/board-columns";
import { parseCsv } from "../../helpers/parse-csv";

const criteria = { skills: 100, domains: 50, experience: 72.5, feedback: 60, quizzes: 50, progression: 50, badges: 20, relevance: 33.3 };
const row = (name: string, overrides: Partial<BoardCellRow> = {}): BoardCellRow => ({
  rank: 1,
  name,
  headline: "Engineer",
  matchScore: 64.91,
  status: "PENDING",
  breakdown: { criteria },
  ...overrides,
});

describe("a job's list as CSV", () => {
  it("has a header row of the table's columns, then one row per candidate, CRLF-ended, after a byte order mark", () => {
    const csv = boardCsv([row("Ada Lovelace"), row("Grace Hopper", { rank: null, status: "REJECTED", matchScore: 40 })]);
    expect(
      csv.startsWith(
        "\uFEFFRank,Name,Headline,Match score,Skills,Domains,Experience,Feedback,Quizzes,Progression,Badges,Relevance,Status\r\n",
      ),
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      [
        "Rank",
        "Name",
        "Headline",
        "Match score",
        "Skills",
        "Domains",
        "Experience",
        "Feedback",
        "Quizzes",
        "Progression",
        "Badges",
        "Relevance",
        "Status",
      ],
      ["1", "Ada Lovelace", "Engineer", "64.91", "100", "50", "72.5", "60", "50", "50", "20", "33.3", "Pending"],
      ["", "Grace Hopper", "Engineer", "40", "100", "50", "72.5", "60", "50", "50", "20", "33.3", "Rejected"],
    ]);
  });

  it("keeps names in any script intact, as UTF-8", () => {
    const names = ["Zoë Ångström", "李小龍", "Ναυσικά", "José 🚀 Núñez"];
    const csv = boardCsv(names.map((name) => row(name)));
    expect(
      parseCsv(csv.slice(1))
        .slice(1)
        .map((cells) => cells[1]),
    ).toEqual(names);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A UTF-8 reader drops the byte order mark and reads every name back.
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(csv.slice(1));
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvField('Lead, "platform"')).toBe('"Lead, ""platform"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    const hostile = row('O"Brien, "the\r\nbuilder"');
    expect(parseCsv(boardCsv([hostile]).slice(1))[1]![1]).toBe('O"Brien, "the\r\nbuilder"');
  });

  it("defuses every cell a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(csvField(`${start}HYPERLINK("http://evil","x")`).replace(/^"/, "")).toMatch(/^'/);
    const csv = boardCsv([row('=HYPERLINK("http://evil.example","click")', { headline: "@SUM(A1:A9)" })]);
    const cells = parseCsv(csv.slice(1))[1]!;
    expect(cells[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells[2]).toBe("'@SUM(A1:A9)");
    // Names that merely contain those characters are left alone, and so are numbers.
    expect(csvField("Mary-Jane")).toBe("Mary-Jane");
    expect(csvField(64.91)).toBe("64.91");
  });
});

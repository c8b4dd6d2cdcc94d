import { describe, expect, it } from "vitest";
import { closeImplications, findCycle } from "../../../lib/taxonomy/close-implications";
import { TaxonomyError } from "../../../lib/taxonomy/taxonomy-error";

describe("closeImplications", () => {
  it("closes implications transitively, specific to general only", () => {
    const closed = closeImplications([
      ["Next.js", "React"],
      ["React", "JavaScript"],
      ["TypeScript", "JavaScript"],
      ["NestJS", "TypeScript"],
      ["NestJS", "Node.js"],
      ["Node.js", "JavaScript"],
    ]);
    expect(closed.get("Next.js")).toEqual(new Set(["React", "JavaScript"]));
    expect(closed.get("NestJS")).toEqual(new Set(["TypeScript", "Node.js", "JavaScript"]));
    expect(closed.has("JavaScript")).toBe(false);
  });

  it("refuses a cycle with IMPLICATION_CYCLE, naming it", () => {
    const edges: [string, string][] = [
      ["A", "B"],
      ["B", "C"],
      ["C", "A"],
    ];
    expect(findCycle(edges)).toEqual(["A", "B", "C", "A"]);
    expect(() => closeImplications(edges)).toThrow(TaxonomyError);
    try {
      closeImplications(edges);
    } catch (error) {
      expect(error).toMatchObject({ code: "IMPLICATION_CYCLE", message: expect.stringContaining("A ⇒ B ⇒ C ⇒ A") });
    }
  });

  it("sees a self-loop as a cycle, and none in a diamond", () => {
    expect(findCycle([["X", "X"]])).toEqual(["X", "X"]);
    expect(
      findCycle([
        ["A", "B"],
        ["A", "C"],
        ["B", "D"],
        ["C", "D"],
      ]),
    ).toBeUndefined();
  });
});

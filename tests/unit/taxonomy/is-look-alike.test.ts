import { describe, expect, it } from "vitest";
import { isLookAlike } from "../../../lib/taxonomy/is-look-alike";
import type { Taxonomy } from "../../../lib/taxonomy/taxonomy";

const taxonomy: Pick<Taxonomy, "skills" | "lookAlikes"> = {
  skills: [
    { name: "C", aliases: [] },
    { name: "C++", aliases: ["cpp"] },
    { name: "C#", aliases: ["C Sharp"] },
    { name: "Java", aliases: [] },
    { name: "JavaScript", aliases: ["JS"] },
    { name: "SQL", aliases: [] },
    { name: "NoSQL", aliases: [] },
    { name: "MySQL", aliases: [] },
    { name: "PostgreSQL", aliases: ["Postgres"] },
    { name: "MongoDB", aliases: ["Mongo"] },
    { name: "React", aliases: ["ReactJS"] },
    { name: "React Native", aliases: [] },
    { name: "Angular", aliases: [] },
    { name: "AngularJS", aliases: ["Angular 1"] },
  ],
  lookAlikes: [
    ["Java", "JavaScript"],
    ["NoSQL", "SQL"],
  ],
};

describe("isLookAlike", () => {
  it("is true for two skills of one look-alike group, whatever the spellings", () => {
    expect(isLookAlike("Java", "JavaScript", taxonomy)).toBe(true);
    expect(isLookAlike("JS", "java", taxonomy)).toBe(true);
    expect(isLookAlike("SQL", "NoSQL", taxonomy)).toBe(true);
  });

  it("is true when the keys meet once +, #, . and a trailing js are dropped", () => {
    expect(isLookAlike("C", "C++", taxonomy)).toBe(true);
    expect(isLookAlike("cpp", "C Sharp", taxonomy)).toBe(true);
    expect(isLookAlike("F", "F#", taxonomy)).toBe(true);
    expect(isLookAlike(".NET", "NET", taxonomy)).toBe(true);
    expect(isLookAlike("Angular", "AngularJS", taxonomy)).toBe(true);
    expect(isLookAlike("Angular", "Angular 1", taxonomy)).toBe(true);
    expect(isLookAlike("Go", "GoJS", taxonomy)).toBe(true);
  });

  it("is false for one skill's spellings", () => {
    expect(isLookAlike("ReactJS", "React", taxonomy)).toBe(false);
    expect(isLookAlike("C Sharp", "C#", taxonomy)).toBe(false);
    expect(isLookAlike("Postgres", "PostgreSQL", taxonomy)).toBe(false);
  });

  it("has no prefix rule: real aliases and implications look like prefixes", () => {
    expect(isLookAlike("Mongo", "MongoDB", taxonomy)).toBe(false);
    expect(isLookAlike("MySQL", "SQL", taxonomy)).toBe(false);
    expect(isLookAlike("React Native", "React", taxonomy)).toBe(false);
    expect(isLookAlike("TypeScript", "Type", taxonomy)).toBe(false);
  });

  it("is false when a name has no key", () => {
    expect(isLookAlike("", "C", taxonomy)).toBe(false);
    expect(isLookAlike("#", "C#", taxonomy)).toBe(false);
  });
});

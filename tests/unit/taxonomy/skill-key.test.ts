import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skillKey } from "../../../lib/taxonomy/skill-key";

const sameKey = (...names: string[]) => expect(new Set(names.map(skillKey)).size, names.join(" / ")).toBe(1);

describe("skillKey folds what never changes meaning", () => {
  it.each([
    ["React.js", "ReactJS", "react js", "React", " REACT "],
    ["NodeJS", "Node.js", "node js", "Node", "node.JS"],
    ["E-commerce", "eCommerce", "Ecommerce", "e commerce", "E_commerce"],
    ["Type Script", "typescript", "TypeScript", "TYPESCRIPT"],
    ["Vue.js", "VueJS", "vue"],
    ["Next.js", "NextJS", "next js"],
    ["ASP.NET", "ASP .NET", "asp.net"],
    ["VB.NET", "VB .NET", "vb.net"],
    ["CI/CD", "CI CD", "CICD", "ci-cd"],
    ["Ren'Py", "RenPy"],
    ["Spring Boot", "Spring-Boot", "SpringBoot", "spring_boot"],
  ])("%s", (...names) => sameKey(...names));

  it("folds Unicode: full-width letters, non-breaking and other spaces, trademark signs", () => {
    sameKey("ＪａｖａＳｃｒｉｐｔ", "JavaScript");
    sameKey("Spring\u00a0Boot", "Spring\u2009Boot", "Spring Boot");
    sameKey("Java™", "Java®", "Java");
    sameKey("Ｃ＃", "C#");
  });

  it("drops surrounding punctuation but keeps + and # and a leading dot", () => {
    expect(skillKey("(Python)")).toBe("python");
    expect(skillKey("• Python,")).toBe("python");
    expect(skillKey("C++.")).toBe("c++");
    expect(skillKey("C#")).toBe("c#");
    expect(skillKey(".NET")).toBe(".net");
    expect(skillKey("(.NET)")).toBe(".net");
    expect(skillKey("#python")).toBe("python");
  });

  it("strips a trailing js only where something of two characters remains", () => {
    expect(skillKey("js")).toBe("js");
    expect(skillKey("JS")).toBe("js");
    expect(skillKey("D3.js")).toBe("d3");
    expect(skillKey("nodejs")).toBe("node");
  });

  it("gives nothing meaningful no key", () => {
    for (const name of ["", "   ", "\u00a0", "#", "++", ".", "-", "()", "•"]) expect(skillKey(name), JSON.stringify(name)).toBe("");
  });
});

describe("skillKey never merges different skills", () => {
  const distinct = [
    ["C", "C++", "C#", "F#", ".NET", "NET", "R", "Go", "D", "Objective-C", "Objective-C++", "Q", "Q#"],
    ["Java", "JavaScript", "JS", "TS", "TypeScript"],
    ["SQL", "NoSQL", "MySQL", "MSSQL", "PL/SQL", "T-SQL"],
    ["React", "Preact", "React Native"],
    ["Angular", "AngularJS"],
    ["Vue", "Vuex"],
    ["ASP.NET", ".NET", "NET"],
    ["Go", "GoJS"],
    ["SOLID", "SolidJS"],
    ["TensorFlow", "TensorFlow.js"],
    ["Math", "Math.js"],
    ["Sass", "SAS"],
    ["Python 2", "Python 3", "Python"],
    ["Angular 1", "Angular"],
  ];
  it.each(distinct)("%s", (...names) => expect(new Set(names.map(skillKey)).size, names.join(" / ")).toBe(names.length));

  it("keeps Angular.js with AngularJS, apart from Angular", () => {
    expect(skillKey("Angular.js")).toBe(skillKey("AngularJS"));
    expect(skillKey("Angular.js")).not.toBe(skillKey("Angular"));
  });
});

describe("skillKey, for any input", () => {
  it("is its own key, without whitespace or upper case", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (name) => {
        const key = skillKey(name);
        expect(skillKey(key)).toBe(key);
        expect(key).not.toMatch(/\s/u);
        expect(key).toBe(key.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it("folds plain words as it folds the same words with a sign it drops first", () => {
    // "™" sends a name through every Unicode rule: plain names must come out the same without them.
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 ]{0,24}$/), (name) => {
        expect(skillKey(name)).toBe(skillKey(`${name}™`));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the + and # a name ends with", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), fc.constantFrom("+", "++", "#"), (word, suffix) => {
        expect(skillKey(word + suffix)).toBe(`${word.toLowerCase()}${suffix}`);
        expect(skillKey(word + suffix)).not.toBe(skillKey(word));
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { type OwnSkillList, mergeSkillSources } from "../../../lib/taxonomy/merge-skill-sources";

const own = (overrides: Partial<OwnSkillList>): OwnSkillList => ({
  skills: [],
  linguistMarkupAndData: [],
  excluded: [],
  droppedAliases: [],
  ambiguous: [],
  ...overrides,
});

describe("mergeSkillSources", () => {
  it("lets the own list decide names and keys; sources join the skill their name is a key of", () => {
    const { skills, report } = mergeSkillSources(
      own({
        skills: [
          { name: "Node.js", aliases: ["Node"] },
          { name: "JavaScript", aliases: ["JS"] },
        ],
      }),
      [
        { name: "JavaScript", type: "programming", aliases: ["js", "node", "ecmascript"] },
        { name: "Go", type: "programming", aliases: ["golang"] },
        { name: "Text", type: "prose", aliases: [] },
      ],
      [
        { name: "nodejs", altnames: [] },
        { name: "javascript", altnames: ["es6"] },
        { name: "twitter", altnames: ["x"] },
      ],
    );
    expect(skills).toEqual([
      { name: "Go", aliases: ["golang"] },
      { name: "JavaScript", aliases: ["ecmascript", "es6", "JS"] },
      { name: "Node.js", aliases: [] },
    ]);
    expect(report.collisions).toEqual([{ spelling: "node", source: "linguist:JavaScript", wanted: "JavaScript", heldBy: "Node.js" }]);
    expect(report.deviconUnmatched).toEqual(["twitter"]);
    expect(report.fromLinguist).toBe(1);
  });

  it("leaves out excluded entries, dropped aliases and ambiguous spellings", () => {
    const { skills, report } = mergeSkillSources(
      own({
        skills: [{ name: "Terraform" }, { name: "TensorFlow" }],
        linguistMarkupAndData: ["Markdown"],
        excluded: [{ source: "linguist:ShellSession", why: "a transcript" }],
        droppedAliases: [{ source: "linguist:HCL", alias: "terraform", why: "its own skill" }],
        ambiguous: [
          { spelling: "TF", why: "TensorFlow or Terraform" },
          { spelling: "md", why: "Markdown or a doctor" },
        ],
      }),
      [
        { name: "HCL", type: "programming", aliases: ["terraform"] },
        { name: "ShellSession", type: "programming", aliases: ["console"] },
        { name: "Markdown", type: "prose", aliases: ["md"] },
      ],
      [{ name: "terraform", altnames: ["tf"] }],
    );
    expect(skills.map((skill) => skill.name)).toEqual(["HCL", "Markdown", "TensorFlow", "Terraform"]);
    expect(skills.find((skill) => skill.name === "Terraform")?.aliases).toEqual([]);
    expect(report.collisions).toEqual([]);
    expect(report.ambiguousDropped).toEqual([
      { spelling: "md", source: "linguist:Markdown" },
      { spelling: "tf", source: "devicon:terraform" },
    ]);
  });

  it("refuses an own list that contradicts itself", () => {
    expect(() => mergeSkillSources(own({ skills: [{ name: "Go", aliases: ["golang"] }, { name: "Golang" }] }), [], [])).toThrow(
      /both Go and Golang/,
    );
    expect(() =>
      mergeSkillSources(own({ skills: [{ name: "TensorFlow", aliases: ["TF"] }], ambiguous: [{ spelling: "tf", why: "x" }] }), [], []),
    ).toThrow(/ambiguous/);
  });
});

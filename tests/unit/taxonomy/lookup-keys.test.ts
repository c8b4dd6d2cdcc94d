import { describe, expect, it } from "vitest";
import { lookupKeys } from "../../../lib/taxonomy/lookup-keys";
import { skillKey } from "../../../lib/taxonomy/skill-key";

describe("lookupKeys", () => {
  it("tries the spelling's own key first", () => {
    for (const name of ["SQL Server", "Angular 1", "Google Cloud", "Unreal Engine", "S3", "D3"])
      expect(lookupKeys(name)[0]).toBe(skillKey(name));
  });

  it("then the parts around and inside a trailing parenthesis", () => {
    expect(lookupKeys("Amazon Web Services (AWS)").slice(0, 3)).toEqual(["amazonwebservices(aws", "amazonwebservices", "aws"]);
    expect(lookupKeys("Go (Programming Language)")).toContain("go");
    expect(lookupKeys("(Go)")).toEqual(["go"]);
  });

  it("then without up to two qualifying words, before any version", () => {
    expect(lookupKeys("Perl Scripting")).toEqual(["perlscripting", "perl"]);
    expect(lookupKeys("Nginx Web Server")).toEqual(["nginxwebserver", "nginxweb", "nginx"]);
    expect(lookupKeys("Angular 1 Framework")).toEqual(["angular1framework", "angular1", "angular"]);
    expect(lookupKeys("Web Developer")).toEqual(["webdeveloper", "web"]);
    expect(lookupKeys("Server")).toEqual(["server"]);
    // "script" is no qualifier: VBScript is not Visual Basic.
    expect(lookupKeys("Visual Basic Script")).toEqual(["visualbasicscript"]);
  });

  it("then without a trailing version set apart, or after two characters or more", () => {
    expect(lookupKeys("Java 17")).toEqual(["java17", "java"]);
    expect(lookupKeys("Python 3.x")).toEqual(["python3x", "python"]);
    expect(lookupKeys("C++17")).toEqual(["c++17", "c++"]);
    expect(lookupKeys("Oracle 19c")).toEqual(["oracle19c", "oracle"]);
    expect(lookupKeys("Angular v17")).toEqual(["angularv17", "angular"]);
    expect(lookupKeys("R 4.2")).toEqual(["r42", "r"]);
    for (const name of ["D3", "C4", "S3", "v8", "k8s"]) expect(lookupKeys(name), name).toEqual([skillKey(name)]);
  });

  it("has no key for nothing", () => {
    expect(lookupKeys("  ")).toEqual([]);
    expect(lookupKeys("()")).toEqual([]);
  });
});

import { nestedRepetition, patternHazard } from "./patternSafety";

describe("nestedRepetition", () => {
  it.each([
    ["(a+)+$", "(a+)+"],
    ["^(a+)+$", "(a+)+"],
    ["(\\w+\\s?)*$", "(\\w+\\s?)*"],
    ["((ab)*c)+", "((ab)*c)+"],
    ["(x(?:a*)y){2,}", "(x(?:a*)y){2,}"],
    ["([a-z]{1,5})*z", "([a-z]{1,5})*"],
    ["(?:\\d+,?)+?$", "(?:\\d+,?)+?"],
    ["(a*)*", "(a*)*"],
  ])("finds %s", (pattern, part) => {
    expect(nestedRepetition(pattern)).toBe(part);
  });

  it.each([
    "INV-(\\d+)",
    "(INV|RE)-?(\\d{4,8})",
    "^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$",
    "(\\d+)?",
    "(a+){1}",
    "(ab)+c*",
    "[(+*]+",
    "\\(a+\\)+",
    "(a{2})+",
    "(\\d+){3}",
    "a{2,3",
  ])("lets %s run", (pattern) => {
    expect(nestedRepetition(pattern)).toBeNull();
  });

  it("names the part and a rewrite", () => {
    expect(patternHazard("(a+)+$")).toMatch(
      /^repeats a group that itself repeats, \(a\+\)\+, .* \(a\+\) instead/,
    );
    expect(patternHazard("INV-(\\d+)")).toBeNull();
  });
});

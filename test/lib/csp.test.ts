import { describe, expect, it } from "vitest";
import { buildCsp } from "@/lib/csp";

const directive = (csp: string, name: string) =>
  csp
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("buildCsp", () => {
  it("keeps the default configuration to its own origin, with no inline script or eval", () => {
    const csp = buildCsp();
    expect(directive(csp, "default-src")).toEqual(["'self'"]);
    expect(directive(csp, "script-src")).toEqual(["'self'"]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe|\*|https:(?!\/)/);
  });
  it("widens connect-src and img-src by the listed basemap origins only", () => {
    const csp = buildCsp({
      basemapOrigins: ["https://tiles.example.org", "javascript:alert(1)", "https://a b"],
    });
    expect(directive(csp, "connect-src")).toEqual(["'self'", "https://tiles.example.org"]);
    expect(directive(csp, "img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://tiles.example.org",
    ]);
    expect(directive(csp, "script-src")).toEqual(["'self'"]);
  });
});

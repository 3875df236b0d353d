import { describe, expect, it } from "vitest";
import { foldText, latinOf } from "@/lib/fold-text";

describe("foldText", () => {
  it("folds case and diacritics", () => {
    expect(foldText("KYÏV Kyïv")).toBe("kyiv kyiv");
    expect(foldText("Şəki Səfirliyi")).toBe("seki sefirliyi");
    expect(foldText("Heydər Əliyev")).toBe("heyder eliyev");
  });
  it("folds Ukrainian letters and transliterates to Latin", () => {
    expect(foldText("Київ")).toBe("киів");
    expect(latinOf(foldText("Київ"))).toBe("kyiv");
    expect(latinOf(foldText("Харків"))).toBe("kharkiv");
    expect(latinOf(foldText("Одеса"))).toBe("odesa");
  });
});

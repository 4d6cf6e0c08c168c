import { describe, expect, it } from "vitest";
import { isEnterActivatedTarget, isTextEntryTarget, readDigitKey } from "./shortcut-keys";

describe("shortcut keys", () => {
  it("reads digits from the top row, the numpad, full-width input and an active IME", () => {
    expect(readDigitKey({ key: "3", code: "Digit3" })).toBe(3);
    expect(readDigitKey({ key: "２", code: "Digit2" })).toBe(2);
    expect(readDigitKey({ key: "Process", code: "Numpad4" })).toBe(4);
    expect(readDigitKey({ key: "0", code: "Digit0" })).toBeNull();
    expect(readDigitKey({ key: "a", code: "KeyA" })).toBeNull();
  });

  const element = (tagName: string, type?: string, role: string | null = null) => ({
    tagName,
    type,
    getAttribute: () => role,
  });

  it("leaves text inputs and selects alone but not radios", () => {
    expect(isTextEntryTarget(element("INPUT", "text"))).toBe(true);
    expect(isTextEntryTarget(element("SELECT"))).toBe(true);
    expect(isTextEntryTarget(element("INPUT", "radio"))).toBe(false);
    expect(isTextEntryTarget(element("BODY"))).toBe(false);
  });

  it("lets buttons and links handle Enter themselves", () => {
    expect(isEnterActivatedTarget(element("BUTTON"))).toBe(true);
    expect(isEnterActivatedTarget(element("A"))).toBe(true);
    expect(isEnterActivatedTarget(element("DIV", undefined, "button"))).toBe(true);
    expect(isEnterActivatedTarget(element("INPUT", "radio"))).toBe(false);
  });
});

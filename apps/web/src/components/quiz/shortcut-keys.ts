type KeyLike = Pick<KeyboardEvent, "key" | "code">;

const FULL_WIDTH_DIGITS = "１２３４５６７８９";

/** The digit 1–9 a key press stands for (top row, numpad, or full-width from a Japanese keyboard), else null. */
export function readDigitKey({ key, code }: KeyLike): number | null {
  if (/^[1-9]$/.test(key)) return Number(key);
  const fullWidth = FULL_WIDTH_DIGITS.indexOf(key);
  if (fullWidth >= 0) return fullWidth + 1;
  // With a Japanese IME on, `key` is "Process" but `code` still names the physical key.
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return match ? Number(match[1]) : null;
}

type TargetLike = {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
};

const NON_TEXT_INPUT_TYPES = new Set([
  "radio",
  "checkbox",
  "button",
  "submit",
  "reset",
  "image",
  "range",
  "color",
]);

/** True where keys type text or choose from a list, so shortcuts must leave them alone. */
export function isTextEntryTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  if (tag === "input") return !NON_TEXT_INPUT_TYPES.has((target.type ?? "text").toLowerCase());
  return target.isContentEditable === true;
}

/** True where Enter already does something of its own (press a button, follow a link). */
export function isEnterActivatedTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === "button" || tag === "a" || tag === "summary") return true;
  if (tag === "input" && ["button", "submit", "reset", "image"].includes((target.type ?? "").toLowerCase())) {
    return true;
  }
  const role = target.getAttribute("role");
  return role === "button" || role === "link";
}

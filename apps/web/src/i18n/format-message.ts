// The ICU subset the message files use, for client components: `{name}`, `{n, number}` and
// `{n, plural, =0 {…} one {# …} other {# …}}` (plural branches may hold arguments of their own). Client islands
// format with this instead of shipping next-intl's message-format runtime to the browser; server components keep
// next-intl. messages.test.ts formats every message in every file with both, so the two cannot drift.

export type MessageValues = Record<string, string | number>;

export function formatMessage(message: string, values: MessageValues, locale: string): string {
  let out = "";
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf("{", i);
    if (open === -1) return out + message.slice(i);
    out += message.slice(i, open);
    const close = matchingBrace(message, open);
    out += formatArgument(message.slice(open + 1, close), values, locale);
    i = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message: ${text}`);
}

function formatArgument(argument: string, values: MessageValues, locale: string): string {
  const [name = "", kind, ...rest] = argument.split(",");
  const key = name.trim();
  if (!(key in values)) throw new Error(`missing value for {${key}}`);
  const value = values[key]!;
  if (kind === undefined) return String(value);
  const type = kind.trim();
  if (type === "number") return new Intl.NumberFormat(locale).format(Number(value));
  if (type === "plural") return formatPlural(rest.join(","), Number(value), values, locale);
  throw new Error(`unsupported argument type ${type} in {${argument}}`);
}

function formatPlural(body: string, count: number, values: MessageValues, locale: string): string {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf("{", i);
    if (open === -1) break;
    const selector = body.slice(i, open).trim();
    const close = matchingBrace(body, open);
    branches.set(selector, body.slice(open + 1, close));
    i = close + 1;
  }
  const branch =
    branches.get(`=${count}`) ??
    branches.get(new Intl.PluralRules(locale).select(count)) ??
    branches.get("other");
  if (branch === undefined) throw new Error(`no "other" branch in plural: ${body}`);
  const number = new Intl.NumberFormat(locale).format(count);
  return formatMessage(replaceHashes(branch, number), values, locale);
}

/** `#` stands for the count, except inside a nested argument's braces. */
function replaceHashes(branch: string, number: string): string {
  let depth = 0;
  let out = "";
  for (const char of branch) {
    if (char === "{") depth++;
    if (char === "}") depth--;
    out += char === "#" && depth === 0 ? number : char;
  }
  return out;
}

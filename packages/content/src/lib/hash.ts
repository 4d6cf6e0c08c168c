const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a32(text: string, offset = FNV_OFFSET): number {
  let hash = offset;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** 40 bits from two differently-offset FNV-1a passes: short, but collisions in a bank of thousands are negligible. */
export function shortHash(text: string): string {
  const high = fnv1a32(text).toString(16).padStart(8, "0");
  const low = fnv1a32(text, 0x01000193 ^ 0x5bd1e995)
    .toString(16)
    .padStart(8, "0");
  return `${high}${low.slice(0, 2)}`;
}

export function questionIdFor(template: string, factIds: readonly string[], variant: string): string {
  const sorted = [...factIds].sort();
  return `q-${shortHash(`${template}|${sorted.join(",")}|${variant}`)}`;
}

import { fnv1a32 } from "./hash";

export type Random = () => number;

export function createRandom(seed: string): Random {
  let state = fnv1a32(seed);
  // mulberry32: tiny, fast and good enough for shuffling quiz options
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleWith<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = result[i] as T;
    result[i] = result[j] as T;
    result[j] = swap;
  }
  return result;
}

export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffleWith(items, createRandom(seed));
}

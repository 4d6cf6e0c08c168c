/** The seed every server-side bank and review file uses; changing it reshuffles stored option orders, not ids. */
export const DEFAULT_SEED = "jiji";

// Prisma's error codes that callers act on (https://www.prisma.io/docs/orm/reference/error-reference).

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/** P2002: a unique index refused the row (a duplicate, or the loser of a race the index decides). */
export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, "P2002");
}

/** P2025: the record an update or delete needed was not found (or no longer matched its condition). */
export function isRecordNotFound(error: unknown): boolean {
  return hasCode(error, "P2025");
}

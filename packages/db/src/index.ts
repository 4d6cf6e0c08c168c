export { createDatabase, type Database, getDatabase } from "./client";
export {
  type DatabaseTarget,
  DatabaseUrlError,
  type Env,
  findRepoRoot,
  resolveDatabaseTarget,
  resolveDataDir,
} from "./database-url";
export { DEMO_ACCOUNTS, seedDemoData, seedUser } from "./demo-data";
export { hashPassword, verifyPassword } from "./passwords";
export {
  type CreateUserResult,
  createUser,
  isUniqueViolation,
  type NewUser,
  normalizeEmail,
  ROLES,
  type Role,
} from "./users";

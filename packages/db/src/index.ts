export { createDatabase, type Database, databaseProvider, getDatabase } from "./client";
export {
  type DatabaseTarget,
  DatabaseUrlError,
  type Env,
  findRepoRoot,
  resolveDatabaseTarget,
  resolveDataDir,
} from "./database-url";
export { DEMO_ACCOUNTS, DEMO_EDITOR_EMAILS, seedDemoData, seedUser } from "./demo-data";
export {
  type HeavyUser,
  type HeavyUserQuestion,
  type SeedHeavyUserOptions,
  seedHeavyUser,
} from "./heavy-user";
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

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
export { columnList, jsonRecordset, type RecordsetColumn } from "./json-recordset";
export { type PackedColumns, queryPackedRows } from "./packed-rows";
export { hashPassword, verifyPassword } from "./passwords";
export { isRecordNotFound, isUniqueViolation } from "./prisma-errors";
export {
  empty,
  executeSql,
  join,
  queryRows,
  raw,
  type Sql,
  sql,
  sqlColumn,
  toBoolean,
  toDate,
  toNumber,
} from "./raw-sql";
export {
  type CreateUserResult,
  createUser,
  type NewUser,
  normalizeEmail,
  ROLES,
  type Role,
} from "./users";

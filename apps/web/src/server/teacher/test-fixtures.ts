import { createUser, type Database, type Role } from "@jiji/db";

let counter = 0;
/** A fresh account for a test; returns the session-shaped user. */
export async function makeUser(db: Database, role: Role, name = `${role}-${++counter}`) {
  const created = await createUser(db, {
    email: `${name}-${Date.now().toString(36)}-${++counter}@test.example`,
    name,
    role,
    password: "password-123",
  });
  if (!created.ok) throw new Error("could not create test user");
  return { id: created.user.id, role, name };
}

export { responseFor } from "@jiji/content/testing";

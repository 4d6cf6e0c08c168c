// Writes the per-provider Prisma schemas from prisma/model.prisma; with --check, fails when they drift.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, renderProviderSchema } from "../src/provider-schemas";

const root = path.resolve(import.meta.dirname, "..");
const model = readFileSync(path.join(root, "prisma/model.prisma"), "utf8");
const isCheck = process.argv.includes("--check");
let drifted = 0;

for (const provider of PROVIDERS) {
  const file = path.join(root, "prisma", provider, "schema.prisma");
  const expected = renderProviderSchema(provider, model);
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current === expected) continue;
  if (isCheck) {
    drifted++;
    console.error(
      `${path.relative(root, file)} is out of date with prisma/model.prisma: run "pnpm db:schemas"`,
    );
  } else {
    writeFileSync(file, expected);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
process.exit(drifted ? 1 : 0);

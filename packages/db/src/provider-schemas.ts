export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

/** The generated header for one provider followed by the shared model. */
export function renderProviderSchema(provider: Provider, model: string): string {
  return `// GENERATED from prisma/model.prisma by scripts/build-schemas.ts — edit the model, not this file.

generator client {
  provider               = "prisma-client"
  output                 = "../../src/generated/${provider}"
  engineType             = "client"
  moduleFormat           = "esm"
  importFileExtension    = ""
}

datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}

${model.trim()}
`;
}

// Prisma CLI config (Prisma 7 keeps the connection URL out of schema.prisma).
// Only needed by users who run the Prisma CLI themselves (`prisma migrate deploy`);
// the app applies migrations with its own offline migrate step.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/convix' },
});

// prisma/sqlite/schema.prisma is the source of truth; prisma/postgres/schema.prisma is generated from it.
// Usage: node scripts/sync-schema.mjs [--check] [--root <project dir>]   (root defaults to the cwd)
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const rootFlag = process.argv.indexOf('--root')
const root = rootFlag === -1 ? process.cwd() : path.resolve(process.argv[rootFlag + 1] ?? '.')
const sqliteSchema = path.join(root, 'prisma/sqlite/schema.prisma')
const postgresSchema = path.join(root, 'prisma/postgres/schema.prisma')

const source = readFileSync(sqliteSchema, 'utf8')
const generated =
  '// GENERATED from prisma/sqlite/schema.prisma by scripts/sync-schema.mjs. Do not edit.\n' +
  source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('generated/sqlite', 'generated/postgres')

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(postgresSchema, 'utf8')
  } catch {}
  if (current !== generated) {
    console.error('prisma/postgres/schema.prisma is out of date: run `npm run db:schema:sync`.')
    process.exit(1)
  }
  console.log('Prisma schemas in sync.')
} else {
  writeFileSync(postgresSchema, generated)
}

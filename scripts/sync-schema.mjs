// prisma/sqlite/schema.prisma is the source of truth; prisma/postgres/schema.prisma is generated from it.
// Usage: node scripts/sync-schema.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs'

const source = readFileSync('prisma/sqlite/schema.prisma', 'utf8')
const generated =
  '// GENERATED from prisma/sqlite/schema.prisma by scripts/sync-schema.mjs. Do not edit.\n' +
  source.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"').replace('generated/sqlite', 'generated/postgres')

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync('prisma/postgres/schema.prisma', 'utf8')
  } catch {}
  if (current !== generated) {
    console.error('prisma/postgres/schema.prisma is out of date: run `npm run db:schema:sync`.')
    process.exit(1)
  }
  console.log('Prisma schemas in sync.')
} else {
  writeFileSync('prisma/postgres/schema.prisma', generated)
}

// `prisma generate` for both providers. The CLI cannot download its schema-engine binary on machines
// without access to Prisma's binary host; generate does not need it, so point it at /bin/false.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false',
}
const prismaBin = 'node_modules/prisma/build/index.js'
if (!existsSync(prismaBin)) process.exit(0) // production install without the CLI: nothing to do
for (const provider of ['sqlite', 'postgres']) {
  execFileSync(process.execPath, [prismaBin, 'generate', '--schema', `prisma/${provider}/schema.prisma`], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
console.log('Prisma clients generated (sqlite, postgres).')

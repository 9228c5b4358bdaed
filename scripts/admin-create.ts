// npm run admin:create -- --email <address> [--name "<name>"] [--password <password>]
// Creates the first administrator (or promotes an existing user). Without --password (or the
// ADMIN_PASSWORD variable, which keeps it out of the process list) it prints a generated one, once.
import { parseArgs } from 'node:util'
import { ensureAdmin } from '@/server/auth/ensure-admin'
import { db } from '@/server/db'

const usage = 'Usage: npm run admin:create -- --email <address> [--name "<name>"] [--password <password>]'

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  })
  if (!values.email) throw new Error(`--email is required.\n${usage}`)
  const password = values.password ?? (process.env.ADMIN_PASSWORD || undefined)
  const result = await ensureAdmin({ email: values.email, name: values.name, password })
  const email = values.email.trim().toLowerCase()
  console.log(`${result.created ? 'Created' : 'Promoted'} ${email} as ADMIN.`)
  if (result.generatedPassword) {
    console.log(`One-time password (shown only now; sign in at /signin): ${result.generatedPassword}`)
  }
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  })
  .finally(() => db.$disconnect())

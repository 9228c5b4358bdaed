// `npm run db:seed [-- --no-demo]`: reference places, campaigns, content, the first admin and (unless
// --no-demo or SEED_DEMO=false) generated demonstration data. Safe to run again: it changes nothing.
import { db } from '@/server/db'
import { seed } from './seed/index'

const demo = !process.argv.includes('--no-demo') && process.env.SEED_DEMO !== 'false'

try {
  await seed({ db, demo })
} catch (e) {
  console.error('Seed failed:', e)
  process.exitCode = 1
} finally {
  await db.$disconnect()
}

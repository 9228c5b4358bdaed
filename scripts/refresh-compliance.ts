// npm run compliance:refresh — for a daily cron. Overdue flags and lapsed badges change with time alone,
// not only when pledges or reports change, so the stored compliance summary is recomputed once a day.
// Running servers keep serving their cached pages until the hourly revalidation picks the change up.
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { db } from '@/server/db'
import { runJob } from './lib/job-run.mjs'

async function main() {
  const started = Date.now()
  const { checked, updated } = await refreshCompliance({})
  console.log(
    `Compliance refreshed: ${checked} members checked, ${updated} updated in ${Date.now() - started} ms.`,
  )
}

void runJob('compliance_refresh', main).finally(() => db.$disconnect())

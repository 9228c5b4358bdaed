// npm run compliance:refresh — for a daily cron. Overdue flags and lapsed badges change with time alone,
// not only when pledges or reports change, so the stored compliance summary is recomputed once a day.
// Running servers keep serving their cached pages until the hourly revalidation picks the change up.
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { db } from '@/server/db'

async function main() {
  const started = Date.now()
  const { checked, updated } = await refreshCompliance({})
  console.log(
    `Compliance refreshed: ${checked} members checked, ${updated} updated in ${Date.now() - started} ms.`,
  )
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  })
  .finally(() => db.$disconnect())

import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { reportContents } from './report-include'
import { requireReportOfficial } from './require-report-official'

/** One report of the official's municipality, with everything in it; NOT_FOUND when there is none. */
export async function getReportForOfficial({
  slug,
  accountingYear,
}: {
  slug: string
  accountingYear: number
}) {
  const { municipality } = await requireReportOfficial(slug)
  const report = await db.progressReport.findUnique({
    where: { municipalityId_accountingYear: { municipalityId: municipality.id, accountingYear } },
    include: reportContents,
  })
  if (!report) throw new AppError('NOT_FOUND')
  return { municipality, report }
}

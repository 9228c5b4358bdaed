import 'server-only'
import { db } from '@/server/db'
import { requireReportOfficial } from './require-report-official'

export type MunicipalityReportSummary = {
  id: string
  accountingYear: number
  status: 'DRAFT' | 'SUBMITTED' | 'VERIFIED' | 'RETURNED'
  updatedAt: string
  submittedAt: string | null
  verifiedAt: string | null
}

/** The portal's report list for one municipality, newest accounting year first. Its officials only. */
export async function listMunicipalityReports({ slug }: { slug: string }) {
  const { municipality } = await requireReportOfficial(slug)
  const rows = await db.progressReport.findMany({
    where: { municipalityId: municipality.id },
    orderBy: { accountingYear: 'desc' },
    select: {
      id: true,
      accountingYear: true,
      status: true,
      updatedAt: true,
      submittedAt: true,
      verifiedAt: true,
    },
  })
  const reports: MunicipalityReportSummary[] = rows.map((r) => ({
    ...r,
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
  }))
  return { municipality, reports }
}

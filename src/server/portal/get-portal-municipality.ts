import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import {
  getMunicipalityCompliance,
  type MunicipalityCompliance,
} from '@/server/compliance/get-municipality-compliance'
import type { TargetType } from '@/lib/domain/target-path'
import { plainTargetFigures, type PlainTargetFigures } from '@/server/targets/plain-target-figures'
import { findPortalMunicipality } from './find-portal-municipality'

export type PortalTarget = PlainTargetFigures & {
  id: string
  type: TargetType
  status: 'ACTIVE' | 'REPLACED'
  bauEmissions: number | null
  intensityUnit: string | null
  netZero: boolean
  adoptedAt: string | null
  replacedById: string | null
  createdAt: string
}

export type PortalMunicipality = {
  id: string
  slug: string
  name: string
  state: string
  isMember: boolean
  compliance: MunicipalityCompliance
  targets: PortalTarget[]
  officials: { name: string | null; email: string; title: string | null; confirmed: boolean; you: boolean }[]
  /** Annual reports in any state (the getting-started checklist asks for the first). */
  reportCount: number
  /** The getting-started checklist: shown to an official until they hide it (never to an admin). */
  showChecklist: boolean
}

/** One municipality as its official sees it in the portal: compliance, targets (history too), officials. */
export async function getPortalMunicipality({ slug }: { slug: string }): Promise<PortalMunicipality> {
  const ref = await findPortalMunicipality({ slug })
  const [row, compliance] = await Promise.all([
    db.municipality.findUniqueOrThrow({
      where: { id: ref.id },
      select: {
        isMember: true,
        targets: { orderBy: [{ status: 'asc' }, { targetYear: 'asc' }, { createdAt: 'desc' }] },
        officials: {
          orderBy: [{ confirmed: 'desc' }, { createdAt: 'asc' }],
          select: {
            title: true,
            confirmed: true,
            checklistHiddenAt: true,
            user: { select: { id: true, name: true, email: true } },
          },
        },
        _count: { select: { reports: true } },
      },
    }),
    getMunicipalityCompliance({ municipalityId: ref.id }),
  ])
  if (!compliance) throw new AppError('NOT_FOUND')
  return {
    id: ref.id,
    slug: ref.slug,
    name: ref.name,
    state: ref.state,
    isMember: row.isMember,
    compliance,
    targets: row.targets.map((t) => ({
      id: t.id,
      type: t.type,
      status: t.status,
      ...plainTargetFigures(t),
      bauEmissions: t.bauEmissions,
      intensityUnit: t.intensityUnit,
      netZero: t.netZero,
      adoptedAt: t.adoptedAt?.toISOString() ?? null,
      replacedById: t.replacedById,
      createdAt: t.createdAt.toISOString(),
    })),
    reportCount: row._count.reports,
    showChecklist: row.officials.some((o) => o.user.id === ref.user.id && o.checklistHiddenAt === null),
    officials: row.officials.map((o) => ({
      name: o.user.name,
      email: o.user.email,
      title: o.title,
      confirmed: o.confirmed,
      you: o.user.id === ref.user.id,
    })),
  }
}

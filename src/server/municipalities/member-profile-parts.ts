import 'server-only'
import type { Prisma } from '@/server/generated/sqlite/client'
import { GPC_SECTOR_CODES } from '@/lib/domain/gpc'
import { assessTargetProgress, sumInventory } from '@/lib/domain/target-path'
import type { ProfileEmissions, ProfileTarget } from './member-profile-types'
import { placeSelect } from './place-select'
import { plainTargetFigures } from '@/server/targets/plain-target-figures'

// Everything a profile shows but its compliance, in one query: approved pledges, active targets, verified reports.
export const profileSelect = {
  ...placeSelect,
  populationYear: true,
  website: true,
  latitude: true,
  longitude: true,
  memberSince: true,
  pledges: {
    where: { status: 'APPROVED' },
    orderBy: { campaign: { sortOrder: 'asc' } },
    select: {
      commitmentDate: true,
      signedAt: true,
      signatoryName: true,
      signatoryTitle: true,
      campaign: { select: { slug: true, name: true } },
      pledgeText: { select: { version: true } },
    },
  },
  targets: {
    where: { status: 'ACTIVE' },
    orderBy: [{ targetYear: 'asc' }, { createdAt: 'asc' }],
    omit: { municipalityId: true, replacedById: true, isDemo: true, updatedAt: true },
  },
  reports: {
    where: { status: 'VERIFIED' },
    orderBy: { accountingYear: 'asc' },
    select: {
      accountingYear: true,
      inventory: { select: { sector: true, emissions: true, notationKey: true } },
      hazards: {
        orderBy: { hazard: 'asc' },
        select: { hazard: true, riskLevel: true, expectedImpact: true, vulnerableGroups: true },
      },
      actions: {
        orderBy: [{ kind: 'desc' }, { title: 'asc' }],
        select: {
          title: true,
          kind: true,
          pillar: true,
          sector: true,
          status: true,
          url: true,
          adoptedAt: true,
        },
      },
    },
  },
  implementations: {
    where: { solution: { status: 'PUBLISHED' } },
    orderBy: { solution: { title: 'asc' } },
    select: { year: true, solution: { select: { slug: true, title: true } } },
  },
} satisfies Prisma.MunicipalitySelect

export type ProfileRow = Prisma.MunicipalityGetPayload<{ select: typeof profileSelect }>

export function toEmissions(row: ProfileRow): ProfileEmissions {
  const present = new Set<string>()
  const years = row.reports
    .filter((r) => r.inventory.length > 0)
    .map((r) => {
      const bySector: Record<string, number | null> = {}
      for (const sector of GPC_SECTOR_CODES) {
        const { total } = sumInventory(r.inventory, { sectors: [sector] })
        bySector[sector] = total
        if (total !== null) present.add(sector)
      }
      return { year: r.accountingYear, bySector, total: sumInventory(r.inventory).total }
    })
  return { sectors: GPC_SECTOR_CODES.filter((s) => present.has(s)), years }
}

export function toTargets(row: ProfileRow): ProfileTarget[] {
  return row.targets.map((t) => {
    const figures = plainTargetFigures(t)
    const { sectorsCovered } = figures
    // Progress compares like with like: inventory totals over the sectors the target covers.
    const inventories = row.reports.map((r) => ({
      year: r.accountingYear,
      total: sumInventory(r.inventory, { sectors: sectorsCovered.length > 0 ? sectorsCovered : undefined })
        .total,
    }))
    return {
      id: t.id,
      type: t.type,
      ...figures,
      intensityUnit: t.intensityUnit,
      netZero: t.netZero,
      adoptedAt: t.adoptedAt?.toISOString() ?? null,
      progress: assessTargetProgress({ target: t, inventories }),
    }
  })
}

import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import {
  COMPLIANCE_STAGES,
  evaluateCompliance,
  type CompliancePillar,
  type ComplianceStageValue,
  type StageKey,
} from '@/lib/domain/compliance'
import { COMPLIANCE_BATCH_SIZE, loadComplianceInputs } from '@/server/compliance/load-compliance-inputs'

export type ComplianceCounts = {
  /** Members with an approved commitment to a campaign with a compliance path (Compact of Mayors). */
  onPath: number
  /** Per stage of the path, in its order: members that have met it, are within its deadline, are past it. */
  stages: { key: StageKey; label: string; met: number; due: number; overdue: number }[]
  /** Members by the furthest summary stage completed (the directory's stage filter). */
  summary: Record<Exclude<ComplianceStageValue, 'NONE'>, number>
  compliant: number
  overdue: number
  /** Per pillar: members holding the badge, and members who earned it but let it lapse. */
  badges: { pillar: CompliancePillar; label: string; awarded: number; lapsed: number }[]
}

async function load(nowIso: string): Promise<ComplianceCounts> {
  const now = new Date(nowIso)
  const members = await db.municipality.findMany({
    where: {
      isMember: true,
      pledges: { some: { status: 'APPROVED', campaign: { hasCompliancePath: true } } },
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  })
  const stages = COMPLIANCE_STAGES.map(({ key, label }) => ({ key, label, met: 0, due: 0, overdue: 0 }))
  const summary = { COMMITMENT: 0, INVENTORY: 0, TARGET: 0, ACTION_PLANS: 0 }
  const badges: ComplianceCounts['badges'] = [
    { pillar: 'MITIGATION', label: 'Mitigation', awarded: 0, lapsed: 0 },
    { pillar: 'ADAPTATION', label: 'Adaptation', awarded: 0, lapsed: 0 },
  ]
  let onPath = 0
  let compliant = 0
  let overdue = 0
  const ids = members.map((m) => m.id)
  for (let i = 0; i < ids.length; i += COMPLIANCE_BATCH_SIZE) {
    const inputs = await loadComplianceInputs(ids.slice(i, i + COMPLIANCE_BATCH_SIZE))
    for (const evidence of inputs.values()) {
      // The engine the profiles and the daily refresh use: the same rules, evaluated at the same instant.
      const result = evaluateCompliance({ ...evidence, now })
      if (result.stage === 'NONE') continue
      onPath++
      summary[result.stage]++
      if (result.compliant) compliant++
      if (result.overdue) overdue++
      for (const s of result.stages) {
        const count = stages.find((c) => c.key === s.key)
        if (count) count[s.status]++
      }
      for (const b of result.badges) {
        const count = badges.find((c) => c.pillar === b.pillar)
        if (count && b.awarded) count.awarded++
        if (count && b.lapsed) count.lapsed++
      }
    }
  }
  return { onPath, stages, summary, compliant, overdue, badges }
}

/**
 * How far the members on the compliance path have come, stage by stage and badge by badge, from the
 * compliance engine (src/lib/domain/compliance.ts) as of `now` (the hour: deadlines pass with time alone).
 */
export function countComplianceStages({ now = new Date() }: { now?: Date } = {}): Promise<ComplianceCounts> {
  const hour = now.toISOString().slice(0, 13)
  return unstable_cache(() => load(now.toISOString()), ['compliance-counts', 'v1', hour], {
    tags: [tags.network, tags.members],
    revalidate: 3600,
  })()
}

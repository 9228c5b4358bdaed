import 'server-only'
import { db } from '@/server/db'
import {
  COMPLIANCE_STAGES,
  evaluateCompliance,
  type ComplianceBadge,
  type ComplianceStageResult,
  type ComplianceStageValue,
} from '@/lib/domain/compliance'
import { loadComplianceInputs } from './load-compliance-inputs'

/** A municipality's compliance path as plain data (ISO date strings), safe to cache and to pass to the client. */
export type MunicipalityCompliance = {
  municipalityId: string
  commitmentDate: string | null
  stage: ComplianceStageValue
  compliant: boolean
  overdue: boolean
  nextDeadline: string | null
  stages: (Omit<ComplianceStageResult, 'dueDate' | 'metAt'> & {
    evidence: string
    dueDate: string
    metAt: string | null
  })[]
  badges: (Omit<ComplianceBadge, 'awardedAt'> & { awardedAt: string | null })[]
}

const iso = (d: Date | null) => d?.toISOString() ?? null

/** The full stage list and badges of one municipality at `now`; null when there is no such municipality. */
export async function getMunicipalityCompliance({
  municipalityId,
  now = new Date(),
}: {
  municipalityId: string
  now?: Date
}): Promise<MunicipalityCompliance | null> {
  const [exists, inputs] = await Promise.all([
    db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } }),
    loadComplianceInputs([municipalityId]),
  ])
  const evidence = inputs.get(municipalityId)
  if (!exists || !evidence) return null
  const result = evaluateCompliance({ ...evidence, now })
  const evidenceOf = new Map(COMPLIANCE_STAGES.map((s) => [s.key, s.evidence]))
  return {
    municipalityId,
    commitmentDate: iso(result.commitmentDate),
    stage: result.stage,
    compliant: result.compliant,
    overdue: result.overdue,
    nextDeadline: iso(result.nextDeadline),
    stages: result.stages.map((s) => ({
      ...s,
      evidence: evidenceOf.get(s.key) ?? '',
      dueDate: s.dueDate.toISOString(),
      metAt: iso(s.metAt),
    })),
    badges: result.badges.map((b) => ({ ...b, awardedAt: iso(b.awardedAt) })),
  }
}

import 'server-only'
import { createHash } from 'node:crypto'
import type { TargetData } from '@/schemas/targets'
import { targetFields } from './target-fields'

const LISTS = new Set<keyof TargetData>(['sectorsCovered', 'gasesCovered'])

/**
 * What makes two active targets the same commitment, as findIdenticalTarget compares them (type, coverage
 * as sets, every figure, the adoption date), hashed: stored in Target.activeKey while the target is ACTIVE,
 * where a unique index with the municipality refuses a second one even when two saves race.
 */
export function targetActiveKey(data: TargetData): string {
  const canonical = (Object.keys(targetFields) as (keyof TargetData)[]).map((field) => {
    const value = data[field]
    if (LISTS.has(field)) return String(value).split(',').sort()
    return value instanceof Date ? value.toISOString() : (value ?? null)
  })
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex')
}

import 'server-only'
import { calculateTargetPath, type CalculatorResult } from '@/lib/domain/target-calculator'
import { parseCalculatorQuery, type CalculatorQuery } from '@/schemas/target-calculator'
import type { SearchParams } from '@/schemas/search-params'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'
import { searchMembers, type MemberListItem } from '@/server/municipalities/search-members'

export type CalculatorMember = {
  slug: string
  name: string
  state: string
  /** Verified inventory totals (all sectors), oldest first. */
  inventories: { year: number; total: number | null }[]
}

export type TargetCalculatorView = {
  query: CalculatorQuery
  member: CalculatorMember | null
  /** Members whose name matches the words typed (the directory's search), when none is chosen yet. */
  matches: { items: MemberListItem[]; total: number } | null
  result: CalculatorResult | null
}

/**
 * Everything the calculator shows for a query: the path (pure computation), and for a member its verified
 * inventories from the cached public profile (expired by tag when a report is verified), or the members whose
 * name matches the words typed, from the directory's cached search. Unknown members become field messages.
 */
export async function computeTargetCalculator({
  params,
  now = new Date(),
}: {
  params: SearchParams | URLSearchParams
  now?: Date
}): Promise<TargetCalculatorView> {
  const query = parseCalculatorQuery(params, now)
  const [profile, found] = await Promise.all([
    query.member ? getMemberProfile({ slug: query.member }) : null,
    query.memberQuery ? searchMembers({ q: query.memberQuery }) : null,
  ])
  if (query.member !== null && !profile)
    query.fieldErrors.q ??= 'There is no member at that address: type part of its name to find it'
  if (found && found.total === 0)
    query.fieldErrors.q ??= `No member’s name matches “${query.memberQuery}”: check the spelling`
  const member: CalculatorMember | null = profile && {
    slug: profile.slug,
    name: profile.name,
    state: profile.state,
    inventories: profile.emissions.years.map((y) => ({ year: y.year, total: y.total })),
  }
  const result = query.target
    ? calculateTargetPath({ target: query.target, inventories: member?.inventories ?? [] })
    : null
  return {
    query,
    member,
    matches: found && found.total > 0 ? { items: found.items, total: found.total } : null,
    result,
  }
}

import 'server-only'
import type { PartnerKindCode as PartnerKind } from '@/schemas/partners'

/** A partner's columns from the form's parsed input (lists kept as lines and a comma list). */
export function partnerFields(input: {
  name: string
  kind: PartnerKind
  summary: string
  helpsWith: string[]
  statesServed: string[]
  website: string | null
}) {
  return {
    name: input.name,
    kind: input.kind,
    summary: input.summary,
    helpsWith: input.helpsWith.join('\n'),
    statesServed: input.statesServed.join(','),
    website: input.website,
  }
}

/** The stored lists as arrays. */
export function partnerLists(row: { helpsWith: string; statesServed: string }) {
  return {
    helpsWith: row.helpsWith.split('\n').filter(Boolean),
    statesServed: row.statesServed.split(',').filter(Boolean),
  }
}

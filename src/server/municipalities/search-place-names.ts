import 'server-only'
import type { Prisma } from '@/server/generated/sqlite/client'
import { normalizeForSearch } from '@/lib/text'

// GeoNames writes most of these in full ("Saint Paul", "Mount Vernon", "Fort Worth") and a few abbreviated
// ("St. Louis", "St. Petersburg"): a query in either form finds both.
const ABBREVIATIONS: [string, string][] = [
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]

/** The normalised forms of a place name query: as typed, and with a leading or inner St/Saint... swapped. */
export function placeNameVariants(q: string): string[] {
  const term = normalizeForSearch(q.slice(0, 100))
  if (term.length < 2) return []
  const variants = new Set([term])
  const words = term.split(' ')
  for (const [short, long] of ABBREVIATIONS)
    for (const [from, to] of [
      [short, long],
      [long, short],
    ] as const) {
      const i = words.indexOf(from)
      if (i === -1) continue
      // A last word may be unfinished ("st" of Stamford): only a whole "saint" there stands for "st ".
      if (i < words.length - 1) variants.add([...words.slice(0, i), to, ...words.slice(i + 1)].join(' '))
      else if (from === long) variants.add([...words.slice(0, i), `${to} `].join(' '))
    }
  return [...variants]
}

type Where = Prisma.MunicipalityWhereInput

/**
 * Where clauses for a place name query, best first: names that start with it ("spring" -> Springfield), then
 * names with a later word that does (Colorado Springs, East Saint Louis). Null for a query under 2 letters.
 * A scan of the name column: 16,000 places take a few milliseconds (docs/decisions/0016-full-text-search.md).
 */
export function placeNameFilters(q: string): { prefix: Where; word: Where } | null {
  const variants = placeNameVariants(q)
  if (variants.length === 0) return null
  const prefix: Where = { OR: variants.map((v) => ({ searchName: { startsWith: v } })) }
  const word: Where = {
    AND: [{ OR: variants.map((v) => ({ searchName: { contains: ` ${v}` } })) }, { NOT: prefix }],
  }
  return { prefix, word }
}

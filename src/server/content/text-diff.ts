import 'server-only'
import { diffLines, diffWords } from 'diff'

export type WordPart = { kind: 'same' | 'added' | 'removed'; text: string }
export type LineRow =
  { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'skipped'; count: number }

const kindOf = (c: { added: boolean; removed: boolean }) =>
  c.added ? ('added' as const) : c.removed ? ('removed' as const) : ('same' as const)

/** Word-level differences of a short text (a title or a description). */
export function diffShortText(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((c) => ({ kind: kindOf(c), text: c.value }))
}

/**
 * Line-level differences of a body, one row per line; long unchanged stretches are folded to
 * `context` lines either side of a change, so the table shows what changed.
 */
export function diffBody(before: string, after: string, context = 2): LineRow[] {
  const lines: { kind: 'same' | 'added' | 'removed'; text: string }[] = []
  for (const change of diffLines(before, after)) {
    const kind = kindOf(change)
    const parts = change.value.replace(/\n$/, '').split('\n')
    for (const text of parts) lines.push({ kind, text })
  }
  const near = lines.map(() => false)
  lines.forEach((l, i) => {
    if (l.kind === 'same') return
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) near[j] = true
  })
  const rows: LineRow[] = []
  let skipped = 0
  lines.forEach((l, i) => {
    if (l.kind === 'same' && !near[i]) {
      skipped += 1
      return
    }
    if (skipped) rows.push({ kind: 'skipped', count: skipped })
    skipped = 0
    rows.push(l)
  })
  if (skipped) rows.push({ kind: 'skipped', count: skipped })
  return rows
}

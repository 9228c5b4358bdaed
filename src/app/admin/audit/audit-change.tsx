import { ColumnHeads } from '@/components/ui/column-heads'
import type { AuditEntry } from '@/server/audit/list-audit-entries'

type Json = Record<string, unknown>

function parse(text: string | null): Json | null {
  if (!text) return null
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : { value }
  } catch {
    return { value: text }
  }
}

function show(value: unknown): string {
  if (value === undefined) return '—'
  if (value === null) return 'none'
  if (typeof value === 'string') return value
  return JSON.stringify(value, null, 1)
}

/** An entry's before and after, field by field, as a table; changed fields are marked. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const before = parse(entry.before)
  const after = parse(entry.after)
  if (!before && !after) return <span className="text-muted">No details</span>
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
  return (
    <details>
      <summary className="cursor-pointer">Before and after</summary>
      <table className="mt-2 text-sm">
        <caption className="sr-only">{`Fields before and after: ${entry.words} ${entry.item?.title ?? entry.noun}`}</caption>
        <ColumnHeads
          columns={[
            ['Field', 'pr-3 text-left'],
            ['Before', 'pr-3 text-left'],
            ['After', 'text-left'],
          ]}
        />
        <tbody>
          {fields.map((f) => {
            const b = before ? show(before[f]) : '—'
            const a = after ? show(after[f]) : '—'
            return (
              <tr key={f} className="align-top">
                <th scope="row" className="pr-3 text-left font-semibold">
                  {f}
                  {b !== a && <span className="sr-only"> (changed)</span>}
                </th>
                <td className="pr-3 font-mono break-all whitespace-pre-wrap">{b}</td>
                <td className={`font-mono break-all whitespace-pre-wrap ${b !== a ? 'font-bold' : ''}`}>
                  {a}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </details>
  )
}

/** Who made the change: the account's name and email, or the label kept when there is no account. */
export function AuditActor({ entry }: { entry: AuditEntry }) {
  if (!entry.actor) return <span className="break-all">{entry.actorLabel}</span>
  return (
    <>
      {entry.actor.name && <span className="block">{entry.actor.name}</span>}
      <span className="block break-all">{entry.actor.email}</span>
    </>
  )
}

import { ColumnHeads, LIST_HEAD_ROW } from '@/components/ui/column-heads'
import type { LineRow, WordPart } from '@/server/content/text-diff'

const LABEL = { added: 'Added', removed: 'Removed', same: 'Unchanged' } as const

/**
 * Word changes inline: removed words struck through, added words underlined, each announced with a
 * text label ("added:", "removed:") so the change never depends on colour alone.
 */
export function InlineDiff({ parts }: { parts: WordPart[] }) {
  if (parts.length === 0) return <span className="text-muted">(empty)</span>
  return (
    <span>
      {parts.map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i} className="bg-green-100 font-semibold text-green-900 underline decoration-2">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ) : p.kind === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900 line-through decoration-2">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  )
}

/** Line changes of a body as a table: each row says in words whether its line was added, removed or kept. */
export function LineDiffTable({ rows, caption }: { rows: LineRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <ColumnHeads
          rowClassName={LIST_HEAD_ROW}
          columns={[
            ['Change', 'w-32 px-2 py-2'],
            ['Line', 'px-2 py-2'],
          ]}
        />
        <tbody className="font-mono text-sm">
          {rows.map((r, i) =>
            r.kind === 'skipped' ? (
              <tr key={i} className="border-b border-gray-200">
                <td className="px-2 py-1 font-sans">…</td>
                <td className="px-2 py-1 font-sans text-muted">
                  {r.count} unchanged {r.count === 1 ? 'line' : 'lines'} not shown
                </td>
              </tr>
            ) : (
              <tr
                key={i}
                className={`border-b border-gray-200 ${r.kind === 'added' ? 'bg-green-50' : r.kind === 'removed' ? 'bg-red-50' : ''}`}
              >
                <th scope="row" className="px-2 py-1 text-left font-sans font-semibold">
                  {LABEL[r.kind]}
                </th>
                <td className="px-2 py-1 whitespace-pre-wrap break-words">
                  {r.kind === 'added' ? (
                    <ins className="no-underline">{r.text || ' '}</ins>
                  ) : r.kind === 'removed' ? (
                    <del>{r.text || ' '}</del>
                  ) : (
                    r.text || ' '
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  )
}

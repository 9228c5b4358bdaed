'use client'

import { ColumnHeads } from './column-heads'

/** A cell: its text, or a link. */
export type RowsTableCell = string | { href: string; text: string }

type RowsTableProps = {
  caption: string
  hideCaption?: boolean
  columns: { header: string; numeric?: boolean }[]
  /** Cells as text, already formatted on the server. */
  rows: RowsTableCell[][]
  /** The column whose cell names each row (th scope="row"); null for none. */
  rowHeaderColumn?: number | null
  className?: string
}

/**
 * The same table as DataTable, for long tables of plain text and links. Rendered on the server like any other;
 * a client component only so that the page's React payload carries its rows as compact data rather than as an
 * element tree (a 50-row table costs a third of the bytes: docs/PERFORMANCE.md). Needs no JavaScript to work.
 */
export function RowsTable({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowHeaderColumn = 0,
  className,
}: RowsTableProps) {
  return (
    <div className={`overflow-x-auto ${className ?? ''}`.trim()}>
      <table className="data-table">
        <caption className={hideCaption ? 'sr-only' : 'mb-2 text-left font-semibold'}>{caption}</caption>
        <ColumnHeads columns={columns.map((c) => [c.header, c.numeric ? 'num' : undefined])} />
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const content = typeof cell === 'string' ? cell : <a href={cell.href}>{cell.text}</a>
                const numeric = columns[j]?.numeric ? 'num' : undefined
                return j === rowHeaderColumn ? (
                  <th key={j} scope="row" className={numeric}>
                    {content}
                  </th>
                ) : (
                  <td key={j} className={numeric}>
                    {content}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { isValidElement } from 'react'
import { ColumnHeads } from './column-heads'
import { RowsTable, type RowsTableCell } from './rows-table'

export type DataTableColumn<Row> = {
  header: string
  cell: (row: Row) => React.ReactNode
  /** Right-aligned, tabular figures. */
  numeric?: boolean
  /** The cell names the row (th scope="row"); usually the first column. */
  rowHeader?: boolean
}

type DataTableProps<Row> = {
  /** Says what the table shows; required so screen reader users can tell tables apart. */
  caption: string
  /** Keep the caption for assistive technology only, when a visible heading already says the same. */
  hideCaption?: boolean
  columns: DataTableColumn<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  /** Shown in place of the table when there are no rows. */
  empty?: React.ReactNode
  className?: string
}

/** A cell that is text, a number or a bare link, as data; anything richer (badges, forms) is not. */
function plainCell(node: React.ReactNode): RowsTableCell | undefined {
  if (typeof node === 'string') return node
  if (typeof node === 'number') return String(node)
  if (node === null || node === undefined || node === false) return ''
  if (isValidElement(node) && node.type === 'a') {
    const { href, children, ...rest } = node.props as { href?: unknown; children?: unknown }
    if (typeof href === 'string' && typeof children === 'string' && Object.keys(rest).length === 0)
      return { href, text: children }
  }
  return undefined
}

// A table whose every cell is plain goes out as RowsTable: the same HTML, with its rows sent to the browser as data
// rather than as an element tree (about a third of the bytes; docs/PERFORMANCE.md).
function plainCells<Row>(columns: DataTableColumn<Row>[], rows: Row[]): RowsTableCell[][] | null {
  const out: RowsTableCell[][] = []
  for (const row of rows) {
    const cells: RowsTableCell[] = []
    for (const c of columns) {
      const cell = plainCell(c.cell(row))
      if (cell === undefined) return null
      cells.push(cell)
    }
    out.push(cells)
  }
  return out
}

// Only numeric cells carry a class: an absent prop costs nothing, an undefined one is sent in every cell.
const numeric = (c: { numeric?: boolean }) => (c.numeric ? { className: 'num' } : {})

/** A plain, accessible table: caption, column headers with scope, optional row headers (styles: globals.css). */
export function DataTable<Row>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  empty = 'Nothing to show.',
  className,
}: DataTableProps<Row>) {
  if (rows.length === 0) return <p className={className}>{empty}</p>
  const asData = plainCells(columns, rows)
  if (asData) {
    const rowHeader = columns.findIndex((c) => c.rowHeader)
    return (
      <RowsTable
        caption={caption}
        hideCaption={hideCaption}
        columns={columns.map((c) => ({ header: c.header, numeric: c.numeric }))}
        rows={asData}
        rowHeaderColumn={rowHeader === -1 ? null : rowHeader}
        className={className}
      />
    )
  }
  return (
    <div className={`overflow-x-auto ${className ?? ''}`.trim()}>
      <table className="data-table">
        <caption className={hideCaption ? 'sr-only' : 'mb-2 text-left font-semibold'}>{caption}</caption>
        <ColumnHeads columns={columns.map((c) => [c.header, c.numeric ? 'num' : undefined])} />
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                return c.rowHeader ? (
                  <th key={c.header} scope="row" {...numeric(c)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} {...numeric(c)}>
                    {c.cell(row)}
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

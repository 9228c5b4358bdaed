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
  return (
    <div className={`overflow-x-auto ${className ?? ''}`.trim()}>
      <table className="data-table">
        <caption className={hideCaption ? 'sr-only' : 'mb-2 text-left font-semibold'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" {...numeric(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
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

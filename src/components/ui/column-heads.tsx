/** A column: its header text and, if any, the class of its header cell. */
export type ColumnHead = readonly [header: string, className?: string]

/** A table's head: one row of column headers, each with scope="col". */
export function ColumnHeads({
  columns,
  rowClassName,
}: {
  columns: readonly ColumnHead[]
  rowClassName?: string
}) {
  return (
    <thead>
      <tr className={rowClassName}>
        {columns.map(([header, className]) => (
          <th key={header} scope="col" className={className}>
            {header}
          </th>
        ))}
      </tr>
    </thead>
  )
}

/** The staff lists' header row: a rule below, padded cells, the last one without a gap on its right. */
export const LIST_HEAD_ROW = 'border-b-2 border-gray-400'

/** The staff lists' columns (see LIST_HEAD_ROW); the headers named in `right` are right-aligned. */
export function listColumns(headers: readonly string[], right: readonly string[] = []): ColumnHead[] {
  return headers.map((header, i) => {
    const cell = i === headers.length - 1 ? 'py-2' : 'py-2 pr-4'
    return [header, right.includes(header) ? `${cell} text-right` : cell]
  })
}

/**
 * A staff list as a table (the municipalities, users, audit log, import problems): the list's header row and
 * cells (see listColumns), scrolling sideways on narrow screens; the rows are the children.
 */
export function ListTable({
  caption,
  captionClassName = 'sr-only',
  headers,
  right,
  className = 'mt-4',
  testId,
  children,
}: {
  caption: string
  captionClassName?: string
  headers: readonly string[]
  /** The headers of the right-aligned columns. */
  right?: readonly string[]
  className?: string
  testId?: string
  children: React.ReactNode
}) {
  return (
    <div className={`${className} overflow-x-auto`}>
      <table className="w-full border-collapse text-left" data-testid={testId}>
        <caption className={captionClassName}>{caption}</caption>
        <ColumnHeads rowClassName={LIST_HEAD_ROW} columns={listColumns(headers, right)} />
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

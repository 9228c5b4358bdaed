/** An open-data source behind a figure: a file or an API address. */
export type DataSource = { href: string; label: string }

/** One line saying how a figure is computed, and the open data behind it. */
export function Method({ children, sources }: { children: React.ReactNode; sources: DataSource[] }) {
  return (
    <div className="method mt-3 max-w-3xl rounded border-l-4 border-gray-400 bg-gray-50 px-4 py-2 text-sm">
      <p>
        <span className="font-semibold">How this is computed: </span>
        {children}
      </p>
      <p className="mt-1">
        <span className="font-semibold">Open data: </span>
        {sources.map((s, i) => (
          <span key={s.href}>
            {i > 0 && ', '}
            <a className="data-link" href={s.href}>
              {s.label}
            </a>
          </span>
        ))}
        .
      </p>
    </div>
  )
}

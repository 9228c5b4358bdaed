/** A request's conversation, oldest first: who wrote, when (UTC), and what, line breaks kept. */
export function Thread({
  messages,
  formatWhen,
}: {
  messages: { id: string; fromStaff: boolean; author: string; body: string; createdAt: string }[]
  formatWhen: (iso: string) => string
}) {
  return (
    <ol className="mt-4 space-y-4" aria-label="Conversation">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`rounded border-l-8 p-4 ${m.fromStaff ? 'border-brand-700 bg-gray-50' : 'border-gray-400'}`}
        >
          <p className="font-semibold">
            {m.author} <span className="font-normal text-muted">wrote on {formatWhen(m.createdAt)}</span>
          </p>
          <p className="mt-2 whitespace-pre-line">{m.body}</p>
        </li>
      ))}
    </ol>
  )
}

type Attachment = { href: string; filename: string; kind: string; size: string }

/**
 * A request's conversation, oldest first: who wrote, when (UTC), and what, line breaks kept; a message's
 * attachment by name, kind and size, with its download link.
 */
export function Thread({
  messages,
  formatWhen,
}: {
  messages: {
    id: string
    fromStaff: boolean
    author: string
    body: string
    attachment: Attachment | null
    createdAt: string
  }[]
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
          {m.attachment && (
            <p className="mt-2" data-testid="attachment">
              Attached:{' '}
              <a href={m.attachment.href} download={m.attachment.filename}>
                {m.attachment.filename}
              </a>{' '}
              <span className="text-muted">
                ({m.attachment.kind}, {m.attachment.size})
              </span>
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}

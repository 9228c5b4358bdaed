'use client'

// Never shows the error itself: its message may hold internals. The server log has the details.
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Sorry, something went wrong</h1>
      <p className="mt-4">We could not show this page. Please try again in a few minutes.</p>
      {error.digest && <p className="mt-4 text-sm text-muted">Reference: {error.digest}</p>}
    </div>
  )
}

'use client'

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <h1>Sorry, something went wrong</h1>
        <p>We could not show this page. Please try again in a few minutes.</p>
        {error.digest && <p>Reference: {error.digest}</p>}
      </body>
    </html>
  )
}

import Link from 'next/link'

/** What a refused caller reads: they need to sign in (again), or their account may not do this. */
export function RefusalMessage({
  reason,
  signIn = '/signin',
}: {
  reason: 'signed-out' | 'forbidden'
  /** Where "Sign in" leads: the sign-in page, with the page to come back to. */
  signIn?: string
}) {
  if (reason === 'signed-out')
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl">Please sign in</h1>
        <p className="mt-4">You need to be signed in to do that. Your session may have ended.</p>
        <p className="mt-4">
          <Link href={signIn}>Sign in</Link>, then try again.
        </p>
      </div>
    )
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">You do not have permission to do that</h1>
      <p className="mt-4">
        Your account cannot make this change. If you think it should, ask an administrator.
      </p>
      <p className="mt-4">
        Go to the <Link href="/">home page</Link>.
      </p>
    </div>
  )
}

import Link from 'next/link'

// Shown with status 401 when a server action or page needs a session it does not have (src/server/auth/refusal.ts).
export default function Unauthorized() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Please sign in</h1>
      <p className="mt-4">You need to be signed in to do that. Your session may have ended.</p>
      <p className="mt-4">
        <Link href="/signin">Sign in</Link>, then try again.
      </p>
    </div>
  )
}

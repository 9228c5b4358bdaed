import Link from 'next/link'

/** Shown in place of a staff page when the signed-in user's role does not include it. */
export function AccessDenied({ staff }: { staff: boolean }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">You do not have access to this page</h1>
      <p className="mt-4">
        {staff ? 'Your role does not include this page.' : 'This area is for staff.'} Ask an administrator if
        you need access.
      </p>
      <p className="mt-4">
        Go to the {staff ? <Link href="/admin">dashboard</Link> : <Link href="/">home page</Link>}.
      </p>
    </div>
  )
}

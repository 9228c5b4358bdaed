import Link from 'next/link'

// Shown with status 403 when the signed-in user's role may not do what a server action asked.
export default function Forbidden() {
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

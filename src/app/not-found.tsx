import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Page not found</h1>
      <p className="mt-4">
        If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
      </p>
      <p className="mt-4">
        You can <Link href="/members">search the member directory</Link> or go to the{' '}
        <Link href="/">home page</Link>.
      </p>
    </div>
  )
}

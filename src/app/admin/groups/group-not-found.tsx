import Link from 'next/link'

export function GroupNotFound() {
  return (
    <div>
      <h1 className="text-3xl">Group not found</h1>
      <p className="mt-4">
        Go back to the <Link href="/admin/groups">peer groups</Link>.
      </p>
    </div>
  )
}

import Link from 'next/link'

/** Shown in place of a portal page to signed-in staff: the portal is for officials. */
export function PortalAccessDenied() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">This area is for officials</h1>
      <p className="mt-4">
        The officials’ portal is where officials of member municipalities manage their targets and reports.
        Staff work in the <Link href="/admin">staff area</Link>.
      </p>
    </div>
  )
}

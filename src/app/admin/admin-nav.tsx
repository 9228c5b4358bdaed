'use client'

import { NavLink } from '@/components/layout/nav-link'
import { usePathname } from 'next/navigation'

/** The staff area's sections; the current one is marked for assistive technology and by style. */
export function AdminNav({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname()
  const isCurrent = (href: string) =>
    href === '/admin' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <nav aria-label="Staff area">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {links.map((l) => (
          <li key={l.href}>
            <NavLink
              href={l.href}
              aria-current={isCurrent(l.href) ? 'page' : undefined}
              className={isCurrent(l.href) ? 'font-bold no-underline' : undefined}
            >
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

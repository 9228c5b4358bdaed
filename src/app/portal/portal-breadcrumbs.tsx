import { Breadcrumbs } from '@/components/ui/breadcrumbs'

/** The trail of a portal page about one municipality: the list, the municipality, this page. */
export function PortalBreadcrumbs({ m, here }: { m: { name: string; slug: string }; here: string }) {
  return (
    <Breadcrumbs
      items={[
        { label: 'Your municipalities', href: '/portal' },
        { label: m.name, href: `/portal/${m.slug}` },
        { label: here },
      ]}
    />
  )
}

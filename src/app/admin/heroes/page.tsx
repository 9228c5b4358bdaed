import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listPageHeroes, type PageHeroSetting } from '@/server/heroes/list-page-heroes'
import { heroPageSchema } from '@/schemas/heroes'
import { AccessDenied } from '../access-denied'
import { formatDateTimeUtc } from '../date-time'
import { HERO_PAGE_NAMES } from './page-names'

export const metadata: Metadata = { title: 'Hero images' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function HeroesPage({ searchParams }: Props) {
  if (!(await requirePagePermission('content.edit', '/admin/heroes'))) return <AccessDenied staff />
  const sp = await searchParams
  const done = heroPageSchema.safeParse(sp.done)
  const heroes = await listPageHeroes()
  return (
    <div>
      <h1 className="text-3xl">Hero images</h1>
      <p className="mt-4 max-w-prose">
        The image at the top of the home page and of each campaign page. Choose one of the site’s
        illustrations or an image from the <Link href="/admin/content/images">image library</Link>, and
        describe it for people who cannot see it.
      </p>
      {done.success && (
        <StatusNote className="mt-6 max-w-3xl">
          Saved. The {HERO_PAGE_NAMES[done.data]} shows the new hero now.
        </StatusNote>
      )}
      {sp.problem === 'missing' && (
        <StatusNote tone="problem" className="mt-6 max-w-3xl">
          That page has no hero image to change.
        </StatusNote>
      )}
      <DataTable<PageHeroSetting>
        className="mt-6"
        caption="Each page’s hero image and its description"
        rows={heroes}
        rowKey={(h) => h.page}
        columns={[
          {
            header: 'Page',
            rowHeader: true,
            cell: (h) => (
              <Link href={`/admin/heroes/${h.page}`}>Change the hero of the {HERO_PAGE_NAMES[h.page]}</Link>
            ),
          },
          { header: 'Image', cell: (h) => h.imageLabel },
          {
            header: 'Description',
            cell: (h) => (h.image === 'none' ? '' : h.decorative ? 'Decorative (no description)' : h.alt),
          },
          { header: 'Changed (UTC)', cell: (h) => (h.updatedAt ? formatDateTimeUtc(h.updatedAt) : 'Never') },
        ]}
      />
    </div>
  )
}

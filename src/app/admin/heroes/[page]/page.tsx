import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listPageHeroes } from '@/server/heroes/list-page-heroes'
import { listImages } from '@/server/images/list-images'
import { heroPageSchema } from '@/schemas/heroes'
import { AccessDenied } from '../../access-denied'
import { HERO_PAGE_NAMES } from '../page-names'
import { HeroForm } from './hero-form'

export const metadata: Metadata = { title: 'Change a hero image' }

type Props = { params: Promise<{ page: string }> }

export default async function EditHeroPage({ params }: Props) {
  const { page } = await params
  if (!(await requirePagePermission('content.edit', `/admin/heroes/${encodeURIComponent(page)}`)))
    return <AccessDenied staff />
  const parsed = heroPageSchema.safeParse(page)
  if (!parsed.success)
    return (
      <div>
        <h1 className="text-3xl">Page not found</h1>
        <p className="mt-4">
          Go back to the <Link href="/admin/heroes">hero images</Link>.
        </p>
      </div>
    )
  const [heroes, images] = await Promise.all([listPageHeroes(), listImages()])
  const hero = heroes.find((h) => h.page === parsed.data)
  const name = HERO_PAGE_NAMES[parsed.data]
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Hero images', href: '/admin/heroes' }, { label: name }]} />
      <h1 className="text-3xl">The hero of the {name}</h1>
      <p className="mt-4 max-w-prose">
        To use a photograph, first add it to the <Link href="/admin/content/images">image library</Link>.
      </p>
      <HeroForm
        page={parsed.data}
        images={images.map((i) => ({ id: i.id, filename: i.filename, width: i.width, height: i.height }))}
        defaults={{
          image: hero?.image ?? 'none',
          alt: hero?.alt ?? '',
          decorative: hero?.decorative ? 'yes' : '',
        }}
      />
    </div>
  )
}

import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { HERO_PAGES, type HeroPage } from '@/schemas/heroes'

export type PageHeroSetting = {
  page: HeroPage
  /** The form's value for the image: 'none', 'illustration:<name>' or 'upload:<id>'. */
  image: string
  imageLabel: string
  alt: string
  decorative: boolean
  updatedAt: string | null
}

/** Every page's hero setting as the staff area shows and edits it; checks the permission itself. */
export async function listPageHeroes(): Promise<PageHeroSetting[]> {
  await requirePermission('content.edit')
  const rows = await db.pageHero.findMany({
    select: {
      page: true,
      illustration: true,
      alt: true,
      decorative: true,
      updatedAt: true,
      upload: { select: { id: true, filename: true } },
    },
  })
  return HERO_PAGES.map((page) => {
    const row = rows.find((r) => r.page === page)
    const image = row?.upload
      ? `upload:${row.upload.id}`
      : row?.illustration
        ? `illustration:${row.illustration}`
        : 'none'
    return {
      page,
      image,
      imageLabel: row?.upload
        ? `Library image ${row.upload.filename}`
        : row?.illustration
          ? `Illustration: ${row.illustration}`
          : 'No image',
      alt: row?.alt ?? '',
      decorative: row?.decorative ?? false,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    }
  })
}

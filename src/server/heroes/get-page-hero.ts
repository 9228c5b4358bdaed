import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import {
  ILLUSTRATION_NAMES,
  ILLUSTRATION_SIZE,
  illustrationSrc,
  type Illustration,
} from '@/lib/illustrations'
import { imageSrcSet } from '@/lib/image-widths'
import type { HeroPage } from '@/schemas/heroes'

/**
 * What a public page needs to show its hero: an image with its size (no layout shift) and alt text; a library
 * image also its narrower copies (srcset), an illustration scales.
 */
export type PageHeroImage = { src: string; srcSet?: string; width: number; height: number; alt: string }

async function load(page: HeroPage): Promise<PageHeroImage | null> {
  const hero = await db.pageHero.findUnique({
    where: { page },
    select: {
      illustration: true,
      alt: true,
      decorative: true,
      upload: { select: { id: true, width: true, height: true } },
    },
  })
  if (!hero) return null
  const alt = hero.decorative ? '' : hero.alt
  if (hero.upload?.width && hero.upload.height)
    return {
      src: `/images/${hero.upload.id}`,
      srcSet: imageSrcSet(hero.upload.id, hero.upload.width),
      width: hero.upload.width,
      height: hero.upload.height,
      alt,
    }
  if (hero.illustration && (ILLUSTRATION_NAMES as string[]).includes(hero.illustration))
    return { src: illustrationSrc(hero.illustration as Illustration), ...ILLUSTRATION_SIZE, alt }
  // No image chosen, or its library image was deleted (uploadId set null): no hero.
  return null
}

/** The hero image of the home page or a campaign page, or null when it has none; cached by its tag. */
export function getPageHero({ page }: { page: HeroPage }): Promise<PageHeroImage | null> {
  return unstable_cache(() => load(page), ['page-hero', page], {
    tags: [tags.hero(page)],
    revalidate: 3600,
  })()
}

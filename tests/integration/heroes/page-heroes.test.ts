// Hero images of the home page and the campaign pages (issue 18): editors choose an illustration or a library
// image with its alt text (or mark it decorative); the public page's cached hero expires by its tag.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { db } from '../../helpers/db'
import { expiredTags } from '../../helpers/next-cache'
import { signInAs } from '../../helpers/session'
import { storeImage } from '@/server/images/store-image'
import { getPageHero } from '@/server/heroes/get-page-hero'
import { listPageHeroes } from '@/server/heroes/list-page-heroes'
import { setPageHeroAction } from '@/app/admin/heroes/actions'
import { form, run, setUpContentTests } from '../content/fixtures'

let editor: { id: string }
let moderator: { id: string }
setUpContentTests((staff) => ({ editor, moderator } = staff))

const save = (fields: Record<string, string>) => run(setPageHeroAction(null, form(fields)))

describe('setPageHeroAction', () => {
  it('sets the home hero to a library image with its alt text, audits it and expires the home page’s tag', async () => {
    const { id } = await storeImage({
      bytes: await sharp({ create: { width: 800, height: 250, channels: 3, background: '#2a6' } })
        .png()
        .toBuffer(),
      filename: 'meadow.png',
      editor,
    })
    expect(await save({ page: 'home', image: `upload:${id}`, alt: '  Volunteers planting trees  ' })).toBe(
      'redirect:/admin/heroes?done=home',
    )
    expect(expiredTags).toEqual(['hero:home'])
    expect(await getPageHero({ page: 'home' })).toEqual({
      src: `/images/${id}`,
      srcSet: `/images/${id}/480 480w, /images/${id} 800w`,
      width: 800,
      height: 250,
      alt: 'Volunteers planting trees',
    })
    const audit = await db.auditLog.findFirst({ where: { action: 'hero.update', entityId: 'home' } })
    expect(audit?.actorId).toBe(editor.id)
    expect((await listPageHeroes()).find((h) => h.page === 'home')).toMatchObject({
      image: `upload:${id}`,
      alt: 'Volunteers planting trees',
      decorative: false,
    })
  })

  it('asks for a description next to the field unless the image is marked decorative', async () => {
    const missing = await save({ page: 'rc4a', image: 'illustration:flood', alt: ' ' })
    expect(missing).toMatchObject({
      fieldErrors: { alt: 'Describe the image for people who cannot see it, or mark it as decorative' },
      values: { image: 'illustration:flood', alt: ' ' },
    })
    expect(expiredTags).toEqual([])
    expect(await save({ page: 'rc4a', image: 'illustration:flood', alt: 'ignored', decorative: 'yes' })).toBe(
      'redirect:/admin/heroes?done=rc4a',
    )
    expect(await getPageHero({ page: 'rc4a' })).toEqual({
      src: '/illustrations/flood.svg',
      width: 1600,
      height: 500,
      alt: '',
    })
    expect(expiredTags).toEqual(['hero:rc4a'])
  })

  it('refuses an unknown image choice, an image not in the library, and clears a hero with "none"', async () => {
    expect(await save({ page: 'compact-of-mayors', image: 'illustration:volcano', alt: 'x' })).toMatchObject({
      fieldErrors: { image: 'Choose an image, or no image' },
    })
    expect(await save({ page: 'compact-of-mayors', image: 'upload:nosuchimage1', alt: 'x' })).toMatchObject({
      fieldErrors: { image: 'That image is no longer in the library: choose another' },
    })
    expect(await save({ page: 'compact-of-mayors', image: 'illustration:heat', alt: 'Sun' })).toBe(
      'redirect:/admin/heroes?done=compact-of-mayors',
    )
    expect(await save({ page: 'compact-of-mayors', image: 'none', alt: 'left over' })).toBe(
      'redirect:/admin/heroes?done=compact-of-mayors',
    )
    expect(await getPageHero({ page: 'compact-of-mayors' })).toBeNull()
    expect(await save({ page: 'elsewhere', image: 'none', alt: '' })).toBe(
      'redirect:/admin/heroes?problem=missing',
    )
  })

  it('lets only editors and admins change a hero: a moderator and a visitor are refused before anything', async () => {
    signInAs(moderator)
    expect(await save({ page: 'home', image: 'illustration:heat', alt: 'Sun' })).toBe('FORBIDDEN')
    signInAs(null)
    expect(await save({ page: 'home', image: 'illustration:heat', alt: 'Sun' })).toBe('UNAUTHENTICATED')
    expect(await db.pageHero.findUnique({ where: { page: 'home' } })).toMatchObject({ illustration: null })
    expect(expiredTags).toEqual([])
  })
})

import type { Db } from '@/server/db'
import type { Log } from './util'

// The hero images the site starts with (issue 18): the project's own illustrations (public/illustrations/), each
// described for people who cannot see it. Created only where a page has no hero yet, so an editor's choice stays.
const HEROES = [
  {
    page: 'home',
    illustration: 'skyline',
    alt: 'Illustration: a small city among green hills beside a river, under a clear sky',
  },
  {
    page: 'rc4a',
    illustration: 'flood',
    alt: 'Illustration: houses on a riverbank under rain clouds, the river running high',
  },
  {
    page: 'compact-of-mayors',
    illustration: 'heat',
    alt: 'Illustration: a large sun low over dry, brown hills',
  },
]

export async function seedHeroes({ db, log }: { db: Db; log: Log }) {
  let created = 0
  for (const hero of HEROES) {
    const existing = await db.pageHero.findUnique({ where: { page: hero.page }, select: { page: true } })
    if (existing) continue
    await db.pageHero.create({ data: hero })
    created++
  }
  log(`heroes: ${created} created`)
}

import { readFileSync } from 'node:fs'
import type { Db } from '@/server/db'
import { contentPageSearchText } from '@/lib/domain/site-search-text'
import type { Log } from './util'

const PAGES = [
  {
    slug: 'campaigns/rc4a',
    file: 'campaigns-rc4a.md',
    title: 'Resilient Communities for America',
    description: 'Local leaders preparing for extreme weather, energy and economic shocks, together.',
  },
  {
    slug: 'campaigns/compact-of-mayors',
    file: 'campaigns-compact.md',
    title: 'Compact of Mayors',
    description:
      'Cutting emissions, reporting in public and preparing for climate impacts, on a three-year path.',
  },
  {
    slug: 'commitments',
    file: 'commitments.md',
    title: 'What the network commits to',
    description: 'Tools, guides, experts, peer exchange and help with reporting for every signatory.',
  },
  {
    slug: 'home/intro',
    file: 'home-intro.md',
    title: 'Local governments leading on climate',
    description: null,
  },
  {
    slug: 'data',
    file: 'data.md',
    title: 'Open data',
    description: 'Members, pledges, targets and verified reports as JSON and CSV.',
  },
]

/** Creates the editable pages that are missing, published with one revision; edited pages are left alone. */
export async function seedContent({ db, log }: { db: Db; log: Log }) {
  let created = 0
  for (const page of PAGES) {
    if (await db.contentPage.findUnique({ where: { slug: page.slug }, select: { id: true } })) continue
    const body = readFileSync(new URL(`./content/${page.file}`, import.meta.url), 'utf8').trim()
    const { title, description } = page
    await db.contentPage.create({
      data: {
        slug: page.slug,
        title,
        description,
        body,
        searchText: contentPageSearchText({ description, body }),
        status: 'PUBLISHED',
        publishedAt: new Date(),
        revisions: { create: { title, description, body, published: true, note: 'Initial content' } },
      },
    })
    created++
  }
  log(`content: ${PAGES.length} pages, ${created} created`)
}

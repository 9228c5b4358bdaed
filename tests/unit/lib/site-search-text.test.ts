// The words the site search matches in content pages and events besides their titles (decision 0016): a page's
// markdown read as a visitor reads it, an event's facts as its listing shows them.
import { describe, expect, test } from 'vitest'
import { markdownWords } from '@/lib/markdown'
import { contentPageSearchText, eventSearchText } from '@/lib/domain/site-search-text'

describe('markdownWords', () => {
  test('keeps the text, link text, image descriptions and code, not the markup or addresses', () => {
    const words = markdownWords(
      [
        '## Before the *floods*',
        'Read [the flood maps](https://floodmaps.example.org/a "Maps") and ![a levee at dusk](/images/abc).',
        '- one **bold** item',
        '| Year | Level |\n|---|---|\n| 2024 | `high` |',
        '<div class="note">Raw <b>HTML</b> text</div>',
        '[ref]: https://reference.example.org',
      ].join('\n\n'),
    )
    for (const w of [
      'Before',
      'floods',
      'the flood maps',
      'a levee at dusk',
      'bold',
      '2024',
      'high',
      'Raw',
      'HTML',
    ])
      expect(words).toContain(w)
    for (const w of [
      'https',
      'floodmaps',
      'example',
      'images',
      'class',
      'note',
      'div',
      'reference',
      '**',
      '##',
    ])
      expect(words).not.toContain(w)
  })
})

describe('the stored words', () => {
  test('a page: its description and the words of its body, normalised', () => {
    expect(
      contentPageSearchText({ description: 'Café hours', body: 'See [the _map_](https://x.example.org).' }),
    ).toBe('cafe hours see the map')
    expect(contentPageSearchText({ description: null, body: '# Floods' })).toBe('floods')
  })

  test('an event: summary, description, type label and where it is, as its listing says', () => {
    const event = { summary: 'Shade.', description: 'A walk.', type: 'STUDY_VISIT', online: false } as const
    expect(eventSearchText({ ...event, place: 'Tucson, AZ' })).toBe('shade a walk study visit tucson az')
    expect(eventSearchText({ ...event, type: 'WEBINAR', place: null, online: true })).toBe(
      'shade a walk webinar online',
    )
  })
})

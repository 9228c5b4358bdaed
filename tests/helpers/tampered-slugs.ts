/**
 * Slugs only a hand-made request sends, made from a real one: NUL alone (which PostgreSQL text cannot hold), NUL
 * before, inside or after it, another control character, upper case, a leading space.
 */
export const tamperedSlugs = (slug: string) => [
  '\u0000',
  '\u0000'.repeat(200),
  `${slug}\u0000`,
  `\u0000${slug}`,
  `${slug.slice(0, 4)}\u0000${slug.slice(4)}`,
  `${slug}\u0007`,
  slug.toUpperCase(),
  ` ${slug}`,
]

import 'server-only'
/** The public address that shows a content page ("home/intro" is a block of the home page). */
export function publicPathOf(slug: string): string {
  if (slug === 'home/intro' || slug.startsWith('home/')) return '/'
  return `/${slug}`
}

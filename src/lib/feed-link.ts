// The Atom feed advertised in the <head> of the pages whose news it carries (home, campaigns, member
// profiles), so feed readers and browsers find it from the page itself.
export const FEED_PATH = '/feed.xml'
export const FEED_TITLE = 'New signatories and verified reports (Atom)'

/** Next.js metadata `alternates.types` for the feed; add it next to the page's canonical URL. */
export const feedAlternateTypes = {
  'application/atom+xml': [{ url: FEED_PATH, title: FEED_TITLE }],
}

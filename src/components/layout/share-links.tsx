/**
 * Share links (issue 18): plain links to each service's own share page, so no third-party script runs here
 * and they work without JavaScript. Mastodon has no one server, so its link goes to Share₂Fedi, which asks
 * for the reader's own. The page's address is written out to copy by hand. Not printed.
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(`${title} ${url}`)
  const links = [
    {
      service: 'email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
    { service: 'Bluesky', href: `https://bsky.app/intent/compose?text=${text}` },
    { service: 'Mastodon', href: `https://s2f.kytta.dev/?text=${text}` },
    { service: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ]
  return (
    <section aria-labelledby="share" className="share-links mt-10">
      <h2 id="share" className="text-2xl">
        Share this page
      </h2>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        {links.map((l) => (
          <li key={l.service}>
            <a href={l.href}>{l.service === 'email' ? 'Share by email' : `Share on ${l.service}`}</a>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        Link to this page: <span className="break-all font-mono text-sm">{url}</span>
      </p>
    </section>
  )
}

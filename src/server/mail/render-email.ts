import 'server-only'
import { siteSettings } from '@/lib/site'

export type EmailContent = {
  greeting?: string
  paragraphs: string[]
  actions?: { label: string; url: string }[]
  footnote?: string
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Plain-text and HTML parts of one email in the site's plain style: no images, no tracking. */
export function renderEmail({ greeting, paragraphs, actions = [], footnote }: EmailContent) {
  const { siteName, siteUrl } = siteSettings()
  const text = [
    ...(greeting ? [greeting] : []),
    ...paragraphs,
    ...actions.map((a) => `${a.label}:\n${a.url}`),
    ...(footnote ? [footnote] : []),
    `-- \n${siteName}\n${siteUrl}`,
  ].join('\n\n')
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head>',
    '<body style="font-family:system-ui,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1f23">',
    `<p style="margin:0 0 24px;font-weight:700">${escapeHtml(siteName)}</p>`,
    ...(greeting ? [p(greeting)] : []),
    ...paragraphs.map(p),
    ...actions.map(
      (a) =>
        `<p style="margin:0 0 16px"><a href="${escapeHtml(a.url)}" style="color:#175733">${escapeHtml(a.label)}</a></p>`,
    ),
    ...(footnote
      ? [`<p style="margin:24px 0 0;font-size:14px;color:#4a5560">${escapeHtml(footnote)}</p>`]
      : []),
    `<p style="margin:24px 0 0;font-size:14px;color:#4a5560">${escapeHtml(siteName)} · ${escapeHtml(siteUrl)}</p>`,
    '</body></html>',
  ].join('\n')
  return { text, html }
}

import 'server-only'
import { COMPLIANCE_STAGES } from '@/schemas/directory'
import type { BadgeData } from './get-badge-data'
import { escapeXml } from './xml'

// Text widths are estimated (no font metrics on the server): generous per-character widths keep text inside.
const CHAR_WIDTH = { title: 8.2, text: 6.6 }
const PADDING = 14

/** The lines a badge shows, in reading order. */
function badgeLines(data: BadgeData, siteName: string): { title: string; rest: string[] } {
  const campaigns = data.campaigns.map((c) => c.shortName)
  const title = `${data.name}, ${data.state}`
  const lines = [campaigns.length ? `Signatory: ${campaigns.join(' · ')}` : `Member of ${siteName}`]
  if (data.campaigns.some((c) => c.hasCompliancePath)) {
    const stage = COMPLIANCE_STAGES[data.complianceStage]
    lines.push(`Compliance stage: ${stage}${data.complianceOverdue ? ' (overdue)' : ''}`)
  }
  return { title, rest: lines }
}

/** An SVG badge: dark green, white text, its lines also given as the image's accessible name. */
export function renderBadgeSvg(data: BadgeData, siteName: string): string {
  const { title, rest } = badgeLines(data, siteName)
  const footer = siteName
  const widest = Math.max(
    title.length * CHAR_WIDTH.title,
    ...[...rest, footer].map((l) => l.length * CHAR_WIDTH.text),
  )
  const width = Math.ceil(widest + PADDING * 2)
  const lineY = (i: number) => 46 + i * 18
  const height = lineY(rest.length) + 14
  const label = escapeXml([title, ...rest].join('. '))
  const restText = rest
    .map((l, i) => `<text x="${PADDING}" y="${lineY(i)}" font-size="12">${escapeXml(l)}</text>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">
<title>${label}</title>
<rect width="${width}" height="${height}" rx="6" fill="#114126"/>
<rect x="0" y="${height - 4}" width="${width}" height="4" fill="#1d6b3f"/>
<g fill="#ffffff" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">
<text x="${PADDING}" y="24" font-size="14" font-weight="700">${escapeXml(title)}</text>
${restText}
<text x="${PADDING}" y="${lineY(rest.length) - 2}" font-size="10" fill="#d5ecdd">${escapeXml(footer)}</text>
</g>
</svg>
`
}

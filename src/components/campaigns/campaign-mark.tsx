/**
 * Each campaign's mark (issue 18), drawn for this project: RC4A, a roof sheltering over waves (preparing for
 * extreme weather); the Compact of Mayors, a falling emissions line under a sun (cutting emissions). Shown
 * beside the campaign's name, which says what it is, so the mark is decorative (aria-hidden).
 */
export function CampaignMark({ slug, size = 48 }: { slug: string; size?: number }) {
  const shared = {
    viewBox: '0 0 48 48',
    width: size,
    height: size,
    'aria-hidden': true,
    focusable: 'false' as const,
    className: 'shrink-0',
  }
  if (slug === 'rc4a')
    return (
      <svg {...shared} data-testid="campaign-mark-rc4a">
        <rect width="48" height="48" rx="10" fill="#1e4f7a" />
        <path d="M10 23L24 11l14 12" fill="none" stroke="#fff" strokeWidth="3.5" strokeLinejoin="round" />
        <path d="M15 21v8h18v-8" fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
        <path
          d="M8 35c3-2.5 5-2.5 8 0s5 2.5 8 0 5-2.5 8 0 5 2.5 8 0"
          fill="none"
          stroke="#9cc8ea"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </svg>
    )
  return (
    <svg {...shared} data-testid={`campaign-mark-${slug}`}>
      <rect width="48" height="48" rx="10" fill="#175733" />
      <circle cx="34" cy="14" r="5" fill="#f4b860" />
      <path
        d="M9 14l9 8 7-3 12 14"
        fill="none"
        stroke="#fff"
        strokeWidth="3.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M37 27v6h-6" fill="none" stroke="#fff" strokeWidth="3.5" strokeLinecap="round" />
      <path d="M8 39h32" stroke="#d5ecdd" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  )
}

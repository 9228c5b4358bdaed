/**
 * The site's logo (issue 18): a leaf rising over a horizon, with the sun, drawn for this project. Inline SVG in
 * the header (no request, scales crisply); the site name beside it is text, so the mark itself is decorative.
 * public/icon.svg (the favicon) is the same drawing in reverse: a white leaf on the brand green.
 */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 32 32"
      width="36"
      height="36"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      <rect width="32" height="32" rx="7" fill="#fff" />
      <circle cx="23.5" cy="9" r="3.2" fill="#b45309" />
      <path d="M7 24c0-8.5 5.5-13.5 15-14-.5 9-5.5 14-13 14z" fill="#1d6b3f" />
      <path d="M10.5 21.5l7.5-7" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <path d="M4.5 24.5h23" stroke="#114126" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  )
}

type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info'

// Styled by the .badge classes in globals.css (every pair meets 4.5:1 contrast, WCAG 1.4.3); the text carries
// the meaning, colour only repeats it. Two short class names rather than a dozen utilities: badges repeat down
// long tables, and each class list is sent twice (HTML and React payload).
type BadgeProps = { children: React.ReactNode; tone?: BadgeTone; className?: string }

export function Badge({ children, tone = 'neutral', className }: BadgeProps) {
  return <span className={`badge badge-${tone} ${className ?? ''}`.trim()}>{children}</span>
}

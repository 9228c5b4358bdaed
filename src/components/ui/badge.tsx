type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info'

// Every pair meets 4.5:1 contrast (WCAG 1.4.3); the text carries the meaning, colour only repeats it.
const tones: Record<BadgeTone, string> = {
  neutral: 'border-gray-400 bg-gray-100 text-gray-900',
  success: 'border-green-700 bg-green-50 text-green-900',
  warning: 'border-amber-700 bg-amber-50 text-amber-900',
  danger: 'border-red-700 bg-red-50 text-red-900',
  info: 'border-blue-700 bg-blue-50 text-blue-900',
}

type BadgeProps = { children: React.ReactNode; tone?: BadgeTone; className?: string }

export function Badge({ children, tone = 'neutral', className }: BadgeProps) {
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${tones[tone]} ${className ?? ''}`.trim()}
    >
      {children}
    </span>
  )
}

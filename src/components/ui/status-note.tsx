const TONES = { done: 'border-green-700 bg-green-50', problem: 'border-amber-600 bg-amber-50' } as const

/** What the last step came to, in a box with a thick left border; screen readers announce it (role="status"). */
export function StatusNote({
  tone = 'done',
  className,
  children,
}: {
  tone?: keyof typeof TONES
  /** Its margin, if any. */
  className?: string
  children: React.ReactNode
}) {
  const classes = [className, 'border-l-8', TONES[tone], 'p-4 font-semibold'].filter(Boolean).join(' ')
  return (
    <div role="status" className={classes}>
      {children}
    </div>
  )
}

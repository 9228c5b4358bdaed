import Link from 'next/link'
import { buttonClass } from '@/components/content/button-styles'
import { Badge } from '@/components/ui/badge'

type Item = { href: string; label: string; done?: boolean }

/**
 * The getting-started checklist a signatory's official sees on their first visits to the portal, until they
 * hide it: the first things to do, each marked done from the municipality's own records.
 */
export function GettingStarted({
  slug,
  invitedColleague,
  startedReport,
  setTarget,
  hideAction,
}: {
  slug: string
  invitedColleague: boolean
  startedReport: boolean
  setTarget: boolean
  hideAction: (form: FormData) => Promise<void>
}) {
  const items: Item[] = [
    {
      href: `/portal/${slug}/officials`,
      label: 'Invite a colleague who will report with you',
      done: invitedColleague,
    },
    {
      href: `/portal/${slug}/reports`,
      label: 'Start your first annual progress report',
      done: startedReport,
    },
    { href: `/portal/${slug}/targets/new`, label: 'Set a community-wide reduction target', done: setTarget },
    { href: '/network/partners', label: 'Meet the experts and partners who can help' },
  ]
  const tasks = items.filter((i) => i.done !== undefined)
  const done = tasks.filter((i) => i.done).length
  return (
    <section
      aria-labelledby="getting-started-heading"
      className="mt-8 rounded border border-gray-300 bg-gray-50 p-5"
    >
      <h2 id="getting-started-heading" className="text-2xl">
        Getting started
      </h2>
      <p className="mt-2">
        {done} of {tasks.length} done. The path below shows every stage and its due date.
      </p>
      <ul className="mt-3 space-y-2">
        {items.map((i) => (
          <li key={i.href}>
            {i.done !== undefined && (
              <Badge tone={i.done ? 'success' : 'neutral'} className="mr-3">
                {i.done ? 'Done' : 'To do'}
              </Badge>
            )}
            <Link href={i.href}>{i.label}</Link>
          </li>
        ))}
      </ul>
      <form action={hideAction} className="mt-4">
        <input type="hidden" name="slug" value={slug} />
        <button type="submit" className={buttonClass.secondary}>
          Hide this checklist
        </button>
      </form>
    </section>
  )
}

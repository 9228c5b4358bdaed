import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { RegistrationForm } from '@/components/events/registration-form'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { isNetworkMember } from '@/server/auth/is-network-member'
import { getPublishedEvent } from '@/server/events/get-published-event'

export const metadata: Metadata = { title: 'Register for a members’ event', robots: { index: false } }

type Props = { params: Promise<{ slug: string }> }

/**
 * Registration for a members-only event: the form for signed-in officials of member municipalities and staff
 * (with their account's address); anyone else learns how to get access. Rendered per request (it reads the
 * session); the event itself comes from the cache.
 */
export default async function RegisterMembersPage({ params }: Props) {
  const { slug } = await params
  const event = await getPublishedEvent(slug)
  if (!event) notFound()
  if (event.audience !== 'MEMBERS') redirect(`/events/${event.slug}`)
  const user = await getCurrentUser()
  const allowed = await isNetworkMember(user)
  const now = new Date()
  const open = event.endsAt > now && now <= event.registrationDeadline
  const full = event.registered >= event.capacity
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Network events', href: '/events' },
          { label: event.title, href: `/events/${event.slug}` },
          { label: 'Register' },
        ]}
      />
      <h1 className="text-3xl">Register: {event.title}</h1>
      {!open ? (
        <p className="mt-4">
          Registration for this event is closed. See the <Link href={`/events/${event.slug}`}>event</Link>.
        </p>
      ) : allowed && user ? (
        <>
          {full && (
            <p className="mt-4 max-w-3xl">
              All places are taken. Join the waiting list: when someone cancels, the first person waiting gets
              the place and an email.
            </p>
          )}
          <RegistrationForm
            slug={event.slug}
            waitlist={full}
            account={{ name: user.name ?? '', email: user.email }}
          />
        </>
      ) : (
        <div className="mt-4 max-w-3xl space-y-4">
          <p>This event is for officials of member municipalities and network staff.</p>
          {user ? (
            <p>
              Your account is not yet confirmed as an official of a member municipality. Ask a colleague who
              is, or contact us, and we will confirm it.
            </p>
          ) : (
            <p>
              If you are an official of a member municipality,{' '}
              <Link href={`/signin?callbackUrl=${encodeURIComponent(`/events/${event.slug}/register`)}`}>
                sign in
              </Link>{' '}
              with your official email address, then come back to this page.
            </p>
          )}
          <p>
            If your municipality is not a member yet, it can join by{' '}
            <Link href="/pledge">signing a campaign pledge</Link>. Public events are open to everyone: see{' '}
            <Link href="/events">all events</Link>.
          </p>
        </div>
      )}
    </div>
  )
}

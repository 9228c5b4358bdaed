/** What the outbox holds, said plainly: in demo mode it is the delivery, holding every single-use link. */
export function DeliveryNotice({ demoMode }: { demoMode: boolean }) {
  return demoMode ? (
    <p className="mt-6 max-w-3xl border-l-8 border-amber-600 bg-amber-50 p-4">
      <strong>Demo mode: no mail server is set (SMTP_URL), so no email leaves this site.</strong> The outbox
      is the delivery: it keeps each email whole, with its single-use sign-in, confirmation and password
      links, and only admins may open it. Never run a real site like this.
    </p>
  ) : (
    <p className="mt-6 max-w-3xl">
      Emails go out by the mail server. The outbox keeps who each was for, its subject, when and whether it
      was sent, never its text: emails hold single-use links that only their recipient may read.
    </p>
  )
}

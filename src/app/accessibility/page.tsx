import { siteSettings } from '@/lib/site'

export const metadata = { title: 'Accessibility statement' }

export default function AccessibilityPage() {
  const { siteName, orgName } = siteSettings()
  return (
    <div className="prose-content max-w-3xl">
      <h1 className="text-3xl">Accessibility statement</h1>
      <p className="mt-4">
        {orgName} wants everyone to be able to use {siteName}: residents, officials and staff. We build it to
        meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, beyond the WCAG 2.1 AA that the
        ADA Title II rule asks of US local governments.
      </p>
      <h2>What you can expect</h2>
      <ul>
        <li>Every page and every form works with a keyboard alone and without JavaScript.</li>
        <li>Every chart and map has a table with the same numbers beside it.</li>
        <li>Text can be zoomed to 200% and pages reflow on small screens.</li>
        <li>Form errors are listed at the top of the form and next to each field.</li>
      </ul>
      <h2>How we test</h2>
      <p>
        Automated checks (axe) run on every page in our test suite, along with keyboard-only and no-JavaScript
        runs in a real browser.
      </p>
      <h2>Tell us about a problem</h2>
      <p>
        If something on this site is hard to use, please tell us through the contact details in the footer and
        we will reply within five working days.
      </p>
    </div>
  )
}

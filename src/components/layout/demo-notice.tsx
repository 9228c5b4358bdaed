export function DemoNotice() {
  return (
    <div role="note" aria-label="Demonstration data" className="border-b border-amber-300 bg-amber-50">
      <p className="mx-auto max-w-7xl px-4 py-2 text-sm text-amber-950">
        <strong>Demonstration data.</strong> Member municipalities, pledges, targets and reports on this site
        are generated examples, not real commitments.
      </p>
    </div>
  )
}

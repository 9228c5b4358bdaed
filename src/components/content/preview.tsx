'use client'

import { useEffect, useRef } from 'react'

/**
 * The markdown preview, rendered and sanitised on the server by the same code as the public pages
 * (src/lib/markdown.ts), so what is shown here is what the public will see. Takes focus when it appears.
 */
export function Preview({ html }: { html: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [html])
  return (
    <section
      aria-labelledby="preview-heading"
      className="mt-8 rounded border-2 border-dashed border-gray-500 p-4"
    >
      <h2 id="preview-heading" ref={ref} tabIndex={-1} className="text-2xl">
        Preview
      </h2>
      <p className="text-muted">Not saved yet. This is how the text will look on the site.</p>
      <div className="prose-content mt-4" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  )
}

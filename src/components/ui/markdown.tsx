import { renderMarkdown } from '@/lib/markdown'

type MarkdownProps = {
  /** Markdown written by staff; rendered and sanitised by src/lib/markdown.ts. */
  source: string
  className?: string
}

/** Staff-written markdown as HTML. Safe to inject: renderMarkdown keeps only an allow-list of tags. */
export function Markdown({ source, className }: MarkdownProps) {
  return (
    <div
      className={className ? `prose-content ${className}` : 'prose-content'}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  )
}

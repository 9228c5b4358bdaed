import { z } from 'zod'
import { hasControlCharacters } from '@/lib/text'

export const AUDIT_PAGE_SIZE = 50

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // 2024-02-30 parses as March 1: a real date reads back as itself.
  .refine((v) => new Date(`${v}T00:00:00Z`).toJSON()?.startsWith(v) === true)

// Filters come from a GET form; anything malformed is dropped rather than shown as an error.
export const auditFilterSchema = z.object({
  person: z
    .string()
    .trim()
    .max(200)
    .refine((v) => !hasControlCharacters(v))
    .optional()
    .catch(undefined),
  kind: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)?$/)
    .optional()
    .catch(undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type AuditFilter = z.infer<typeof auditFilterSchema>

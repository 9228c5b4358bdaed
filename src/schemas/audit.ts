import { z } from 'zod'

export const AUDIT_PAGE_SIZE = 50

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))

// Filters come from a GET form; anything malformed is dropped rather than shown as an error.
export const auditFilterSchema = z.object({
  person: z.string().trim().max(200).optional().catch(undefined),
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

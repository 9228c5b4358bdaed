import { inventoryCsvTemplate } from '@/server/reports/inventory-csv'

/** The inventory template: the header and one row per GPC sector and scope, to fill in and upload. */
export function GET() {
  return new Response(inventoryCsvTemplate(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="inventory-template.csv"',
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

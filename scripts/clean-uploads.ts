// npm run uploads:clean — for a daily cron. A signatory's mandate PDF is stored when they reach the
// next step of the pledge form, before they submit; drafts that are never submitted leave it behind.
import { deleteAbandonedUploads } from '@/server/uploads/delete-abandoned-uploads'
import { db } from '@/server/db'
import { runJob } from './lib/job-run.mjs'

async function main() {
  const { deleted, before } = await deleteAbandonedUploads()
  console.log(
    `Uploads cleaned: ${deleted} abandoned mandate PDF${deleted === 1 ? '' : 's'} (uploaded before ${before.toISOString()}, used by no pledge) deleted.`,
  )
}

void runJob('uploads_clean', main).finally(() => db.$disconnect())

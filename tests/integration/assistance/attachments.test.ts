// Attachments on assistance requests (issue 16): an official attaches a PDF, workbook or CSV file to the
// question or a reply, staff to an answer; a refused file is answered next to its field with the text kept;
// the download route gives the bytes only to staff who answer requests and the officials of the place.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { confirmedOfficial, memberMunicipality, staffUser } from '../../fixtures/factories'
import { AppError } from '@/server/errors'
import { askForHelpAction, replyAsMemberAction } from '@/app/portal/[slug]/help/actions'
import { answerRequestAction } from '@/app/admin/assistance/actions'
import { GET as downloadAttachment } from '@/app/assistance/attachments/[id]/route'
import { getMemberRequest } from '@/server/assistance/get-member-request'
import { getAssistanceRequest } from '@/server/assistance/get-assistance-request'
import { DOCUMENT_KINDS_MESSAGE, MACROS_MESSAGE } from '@/server/uploads/check-document'
import { pdfBytes } from '../../helpers/pdf'
import { xlsxBytes, zip } from '../../helpers/zip'

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

const CSV = 'Sector,Tonnes CO2e\nBuildings,1200\nTransport,800\n'
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const form = (fields: Record<string, string>, file?: { bytes: Uint8Array | string; name: string }) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  // A browser sends an empty, unnamed file part when no file is chosen.
  f.set(
    'attachment',
    file
      ? new File([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], file.name)
      : new File([], ''),
  )
  return f
}

async function outcome(p: Promise<unknown>): Promise<unknown> {
  try {
    return { state: await p }
  } catch (e) {
    if (e instanceof AppError) return e.code
    const digest = String((e as { digest?: string }).digest)
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return 'NOT_FOUND'
    if (digest.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] }
    throw e
  }
}

async function officialOfNewMember() {
  const place = await memberMunicipality(db)
  const { official } = await confirmedOfficial(db, { municipalityId: place.id })
  return { place, official }
}

const download = (messageId: string) =>
  downloadAttachment(new Request(`http://localhost/assistance/attachments/${messageId}`), {
    params: Promise.resolve({ id: messageId }),
  })

async function askWith(place: { slug: string }, file?: { bytes: Uint8Array | string; name: string }) {
  const fields = {
    slug: place.slug,
    topic: 'INVENTORY',
    question: 'Is our inventory complete?',
    contact: 'EMAIL',
  }
  return outcome(askForHelpAction(null, form(fields, file)))
}

describe('attaching a file', () => {
  it('on the question: kept with its real type, owned by the official, shown on both threads, audited', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    expect(await askWith(place, { bytes: CSV, name: 'inventory.csv' })).toMatchObject({
      redirect: expect.stringMatching(/\?asked=1$/),
    })
    const request = await db.assistanceRequest.findFirstOrThrow({
      where: { municipalityId: place.id },
      include: { messages: { include: { attachment: true } } },
    })
    const message = request.messages[0]!
    expect(message.attachment).toMatchObject({
      filename: 'inventory.csv',
      contentType: 'text/csv',
      size: CSV.length,
      createdById: official.id,
    })
    const { messages } = await getMemberRequest({ slug: place.slug, requestId: request.id })
    expect(messages[0]!.attachment).toEqual({
      href: `/assistance/attachments/${message.id}`,
      filename: 'inventory.csv',
      kind: 'CSV file',
      size: `${CSV.length} bytes`,
    })
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: request.id, action: 'assistance.ask' },
    })
    expect(JSON.parse(audit.after!)).toMatchObject({
      attachment: {
        id: message.attachmentId,
        filename: 'inventory.csv',
        contentType: 'text/csv',
        size: CSV.length,
      },
    })
    expect(audit.after).not.toContain('Buildings')

    await signInAs('EDITOR')
    const staffView = await getAssistanceRequest({ requestId: request.id })
    expect(staffView.messages[0]!.attachment).toMatchObject({ filename: 'inventory.csv', kind: 'CSV file' })
  })

  it('without a file: no attachment, as before (an empty part, however the browser names it, is no file)', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    await askWith(place)
    await askWith(place, { bytes: '', name: 'undefined' })
    const messages = await db.assistanceMessage.findMany({ where: { request: { municipalityId: place.id } } })
    expect(messages.map((m) => m.attachmentId)).toEqual([null, null])
  })

  it('on an official’s reply and on staff’s answer; the answer email names the file and carries no file', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    await askWith(place)
    const request = await db.assistanceRequest.findFirstOrThrow({ where: { municipalityId: place.id } })
    const editor = await signInAs('EDITOR')
    expect(
      await outcome(
        answerRequestAction(
          null,
          form(
            { requestId: request.id, body: 'Here is our template.' },
            { bytes: xlsxBytes(), name: 'Template.xlsx' },
          ),
        ),
      ),
    ).toEqual({ redirect: `/admin/assistance/${request.id}?done=answered` })
    const answer = await db.assistanceMessage.findFirstOrThrow({
      where: { requestId: request.id, fromStaff: true },
      include: { attachment: true },
    })
    expect(answer.attachment).toMatchObject({
      filename: 'Template.xlsx',
      contentType: XLSX_TYPE,
      createdById: editor.id,
    })
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: request.id, action: 'assistance.answer' },
    })
    expect(JSON.parse(audit.after!).attachment).toMatchObject({
      filename: 'Template.xlsx',
      contentType: XLSX_TYPE,
    })
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: official.email } })
    expect(mail.text).toMatch(/They attached a file: Template\.xlsx \(Excel workbook, \d+ (bytes|KB)\)/)
    expect(mail.text).toContain(`/portal/${place.slug}/help/${request.id}`)
    expect(mail.text).not.toContain('/assistance/attachments/')

    signInAs(official)
    expect(
      await outcome(
        replyAsMemberAction(
          null,
          form(
            { slug: place.slug, requestId: request.id, body: 'Filled in.' },
            { bytes: pdfBytes(), name: 'filled' },
          ),
        ),
      ),
    ).toEqual({ redirect: `/portal/${place.slug}/help/${request.id}?replied=1` })
    const reply = await db.assistanceMessage.findFirstOrThrow({
      where: { requestId: request.id, body: 'Filled in.' },
      include: { attachment: true },
    })
    expect(reply.attachment).toMatchObject({ filename: 'filled.pdf', contentType: 'application/pdf' })
    const replyAudit = await db.auditLog.findFirstOrThrow({
      where: { entityId: request.id, action: 'assistance.member-reply' },
    })
    expect(JSON.parse(replyAudit.after!).attachment).toMatchObject({ filename: 'filled.pdf' })
  })
})

describe('a refused file', () => {
  it('is answered next to the field with the topic, question and contact kept, and nothing stored', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    const uploads = await db.upload.count()
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0])
    expect(await askWith(place, { bytes: exe, name: 'inventory.pdf' })).toEqual({
      state: {
        values: { topic: 'INVENTORY', question: 'Is our inventory complete?', contact: 'EMAIL' },
        fieldErrors: { attachment: DOCUMENT_KINDS_MESSAGE },
      },
    })
    expect(await db.assistanceRequest.count({ where: { municipalityId: place.id } })).toBe(0)
    expect(await db.upload.count()).toBe(uploads)
    // A refused file costs no attempt of the hourly allowance: five requests still go through.
    for (let i = 0; i < 5; i++) expect(await askWith(place)).toMatchObject({ redirect: expect.any(String) })
  })

  it('on a reply and an answer: the message typed stays, the thread is unchanged', async () => {
    const photos = zip([{ name: 'photo.jpg', data: new Uint8Array(512).fill(0xff) }])
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    await askWith(place)
    const request = await db.assistanceRequest.findFirstOrThrow({ where: { municipalityId: place.id } })
    const fields = { slug: place.slug, requestId: request.id, body: 'See the workbook.' }
    expect(
      await outcome(
        replyAsMemberAction(null, form(fields, { bytes: xlsxBytes({ macros: true }), name: 'b.xlsm' })),
      ),
    ).toEqual({
      state: { values: { body: 'See the workbook.' }, fieldErrors: { attachment: MACROS_MESSAGE } },
    })
    await signInAs('MODERATOR')
    expect(
      await outcome(
        answerRequestAction(
          null,
          form({ requestId: request.id, body: 'Answer' }, { bytes: photos, name: 'x.xlsx' }),
        ),
      ),
    ).toEqual({
      state: { values: { body: 'Answer' }, fieldErrors: { attachment: DOCUMENT_KINDS_MESSAGE } },
    })
    const after = await db.assistanceRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { messages: true },
    })
    expect(after.status).toBe('NEW')
    expect(after.messages).toHaveLength(1)
  })
})

describe('downloading an attachment', () => {
  it('gives the bytes to the requester, a colleague and staff who answer; 404 to anyone else', async () => {
    const { place, official } = await officialOfNewMember()
    const { official: colleague } = await confirmedOfficial(db, { municipalityId: place.id })
    const elsewhere = await officialOfNewMember()
    const unconfirmed = await staffUser(db, 'OFFICIAL')
    await db.municipalityOfficial.create({
      data: { userId: unconfirmed.id, municipalityId: place.id, confirmed: false },
    })
    signInAs(official)
    await askWith(place, { bytes: CSV, name: 'my "inventory"; 2024 ü.csv' })
    const message = await db.assistanceMessage.findFirstOrThrow({
      where: { request: { municipalityId: place.id } },
    })
    const people = {
      requester: official,
      colleague,
      moderator: await staffUser(db, 'MODERATOR'),
      editor: await staffUser(db, 'EDITOR'),
      admin: await staffUser(db, 'ADMIN'),
      otherPlace: elsewhere.official,
      unconfirmed,
      signedOut: null,
    }
    const statuses: Record<string, number> = {}
    for (const [who, user] of Object.entries(people)) {
      signInAs(user)
      const response = await download(message.id)
      statuses[who] = response.status
      const body = await response.text()
      if (response.status === 200) {
        expect(body).toBe(CSV)
        expect(Object.fromEntries(response.headers)).toMatchObject({
          'content-type': 'text/csv',
          'content-disposition': `attachment; filename="my inventory_ 2024 _.csv"; filename*=UTF-8''my%20inventory%3B%202024%20%C3%BC.csv`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
        })
      } else expect(body).not.toContain('Buildings')
    }
    expect(statuses).toEqual({
      requester: 200,
      colleague: 200,
      moderator: 200,
      editor: 200,
      admin: 200,
      otherPlace: 404,
      unconfirmed: 404,
      signedOut: 404,
    })
  })

  it('answers 404 for a message without an attachment and for an id that is not one', async () => {
    const { place, official } = await officialOfNewMember()
    signInAs(official)
    await askWith(place)
    const message = await db.assistanceMessage.findFirstOrThrow({
      where: { request: { municipalityId: place.id } },
    })
    expect((await download(message.id)).status).toBe(404)
    expect((await download('../../etc/passwd')).status).toBe(404)
  })
})

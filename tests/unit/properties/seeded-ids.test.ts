// Every id the seed writes must pass the one id rule (src/schemas/id.ts) that forms, actions and routes check:
// a rule narrower than the data refused 16,073 of the 16,082 reference places in the pledge form.
import { describe, expect, it } from 'vitest'
import { loadReferencePlaces } from '../../../prisma/seed/places'
import { demoId } from '../../../prisma/seed/util'
import { isRecordId, recordId } from '@/schemas/id'
import { chosenMunicipalitySchema, pledgeSubmissionSchema } from '@/schemas/pledge'
import { approveSelectedSchema } from '@/schemas/moderation'

describe('the ids the seed writes', () => {
  const places = loadReferencePlaces()
  // The seed's own construction (prisma/seed/places.ts): the id derives from the GeoNames id.
  const placeIds = places.map((p) => `gn${p.geonameId}`)

  it('reads the whole reference list, not a sample', () => {
    expect(places.length).toBeGreaterThan(15_000)
    expect(new Set(placeIds).size).toBe(places.length)
  })

  it('every reference place id is accepted by the pledge form and the submission', () => {
    const refused = placeIds.filter(
      (id) =>
        !isRecordId(id) ||
        !recordId.safeParse(id).success ||
        chosenMunicipalitySchema.safeParse({ municipalityId: id }).data?.municipalityId !== id,
    )
    expect(refused).toEqual([])
    const chicago = places.find((p) => p.name === 'Chicago' && p.state === 'IL')!
    const submission = pledgeSubmissionSchema.safeParse({
      campaign: 'rc4a',
      municipality: { kind: 'existing', id: `gn${chicago.geonameId}` },
      signatory: { signatoryName: 'A B', signatoryTitle: 'Mayor', email: 'a@b.gov', mandateType: 'LETTER' },
      pledgeTextId: 'cmb1x2y3z0000abcdefghijkl',
      agreed: [],
    })
    expect(submission.error?.issues).toBeUndefined()
  })

  it('every demo id kind and generated cuids pass too', () => {
    const ids = ['u', 'p', 'r', 't', 's'].flatMap((kind) =>
      [0, 1, 35, 36, 5000, 2 ** 31].map((n) => demoId(kind, n)),
    )
    ids.push(`${demoId('r', 7)}-STATIONARY_ENERGY-SCOPE_1`, 'cmb1x2y3z0000abcdefghijkl')
    expect(ids.filter((id) => !isRecordId(id))).toEqual([])
    expect(approveSelectedSchema.safeParse({ pledgeIds: ids }).success).toBe(true)
  })

  it('what is not an id is refused', () => {
    for (const bad of [
      '',
      ' ',
      'gn 123',
      '-gn123',
      'a'.repeat(101),
      'id/../x',
      'id%00',
      'ünï',
      '__proto__',
      42,
    ])
      expect(isRecordId(bad), String(bad)).toBe(false)
    expect(chosenMunicipalitySchema.safeParse({}).error?.issues[0]?.message).toBe('Select your municipality')
  })
})

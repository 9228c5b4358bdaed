import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

// The library's two seeded downloads, generated so that their bytes are real files: a CSV template with the
// columns an inventory's data requests need, and a two-page PDF checklist of the compliance path.

const CSV_HEADER = [
  'GPC sector',
  'Sub-sector',
  'Scope',
  'Source',
  'Data holder',
  'Contact',
  'Requested on',
  'Quantity',
  'Unit',
  'Emissions factor (kg CO2e per unit)',
  'Factor source',
  'tCO2e',
  'Notes',
]

const CSV_ROWS: string[][] = [
  [
    'Stationary energy',
    'Residential buildings',
    '2',
    'Grid electricity',
    'Electric utility',
    'Key accounts manager',
    '2026-01-15',
    '98500000',
    'kWh',
    '0.37',
    'eGRID subregion factor',
    '36445',
    'Community total by rate class',
  ],
  [
    'Stationary energy',
    'Residential buildings',
    '1',
    'Natural gas',
    'Gas utility',
    'Regulatory affairs office',
    '2026-01-15',
    '6200000',
    'therm',
    '5.31',
    'EPA emission factors hub',
    '32922',
    '',
  ],
  [
    'Stationary energy',
    'Commercial and institutional buildings',
    '2',
    'Grid electricity',
    'Electric utility',
    'Key accounts manager',
    '2026-01-15',
    '121000000',
    'kWh',
    '0.37',
    'eGRID subregion factor',
    '44770',
    'Includes municipal accounts',
  ],
  [
    'Stationary energy',
    'Commercial and institutional buildings',
    '1',
    'Heating oil',
    'Fuel dealers (survey)',
    'Chamber of commerce',
    '2026-02-01',
    '180000',
    'gallon',
    '10.21',
    'EPA emission factors hub',
    '1838',
    'Estimated from dealer survey, 3 of 4 replied',
  ],
  [
    'Transportation',
    'On-road',
    '1',
    'Gasoline and diesel (vehicle miles)',
    'State DOT / regional planning agency',
    'Travel model team',
    '2026-01-20',
    '212000000',
    'vehicle mile',
    '0.35',
    'Regional fleet average',
    '74200',
    'In-boundary VMT, origin-destination method',
  ],
  [
    'Transportation',
    'On-road',
    '1',
    'Municipal fleet fuel',
    'City finance (fuel cards)',
    'Fleet manager',
    '2026-01-10',
    '145000',
    'gallon',
    '9.4',
    'EPA emission factors hub',
    '1363',
    'Municipal inventory only: already inside the community VMT above',
  ],
  [
    'Waste',
    'Solid waste disposal',
    '3',
    'Landfilled waste',
    'County landfill',
    'Scale house supervisor',
    '2026-01-25',
    '21400',
    'short ton',
    '520',
    'EPA WARM mixed MSW',
    '11128',
    'Tons from city haulers only',
  ],
  [
    'Waste',
    'Wastewater',
    '1',
    'Treated wastewater',
    'City wastewater plant',
    'Plant superintendent',
    '2026-01-25',
    '20150',
    'population served',
    '26',
    'Local inventory tool default',
    '524',
    '',
  ],
]

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export function inventoryTemplateCsv(): string {
  return [CSV_HEADER, ...CSV_ROWS].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

const CHECKLIST: { heading: string; due: string; items: string[] }[] = [
  {
    heading: 'Commitment',
    due: 'Day 0: the date staff approve your pledge',
    items: [
      'Pledge signed by the mayor or chief executive (letter, council resolution or executive order)',
      'A named staff lead and a deputy, with time set aside for the work',
      'Council and department heads briefed on the three-year path',
      'Calendar of the deadlines below shared with everyone involved',
    ],
  },
  {
    heading: 'Greenhouse gas inventory and climate hazards',
    due: 'Within 1 year',
    items: [
      'Community-wide inventory at GPC BASIC: stationary energy, in-boundary transportation, waste',
      'Every figure with its source, unit, emissions factor and the person who supplied it',
      'List of climate hazards, each with a risk level (low, moderate, high or extreme)',
      'Inventory and hazards entered in the annual report and submitted for review',
    ],
  },
  {
    heading: 'Target and vulnerability assessment',
    due: 'Within 2 years',
    items: [
      'Community-wide reduction target: type, base year, target year and sectors covered',
      'Target adopted or endorsed by the council, with the date',
      'Vulnerability assessment: impacts of each hazard and the groups most exposed',
      'Residents and community organizations involved in the assessment',
    ],
  },
  {
    heading: 'Action plans',
    due: 'Within 3 years',
    items: [
      'Mitigation plan adopted, with its web address and adoption date',
      'Adaptation plan (or adaptation chapter) adopted, with its address and date',
      'Actions with an owner, a cost estimate, a funding source and a status',
      'Annual report kept up to date each year; inventory refreshed at least every 3 years',
    ],
  },
]

const MARGIN = 56
const WIDTH = 612 // US Letter
const HEIGHT = 792

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** A two-page US Letter checklist, Helvetica (no embedded font), tagged with a title and subject. */
export async function checklistPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle('Compliance path checklist')
  doc.setSubject('What each stage of the Compact of Mayors compliance path asks for')
  doc.setAuthor('Local climate leadership network')
  doc.setLanguage('en-US')
  // Fixed dates so that the same bytes come out on every run.
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'))
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'))
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const text = WIDTH - 2 * MARGIN
  let page: PDFPage = doc.addPage([WIDTH, HEIGHT])
  let y = HEIGHT - MARGIN
  const write = (s: string, font: PDFFont, size: number, indent = 0, gap = 4) => {
    for (const line of wrap(s, font, size, text - indent)) {
      page.drawText(line, { x: MARGIN + indent, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) })
      y -= size + gap
    }
  }
  write('Compliance path checklist', bold, 22, 0, 10)
  write(
    'Tick each item when it is done and note who owns it. Deadlines count from the date your commitment was approved; your member profile shows the dates for your community.',
    regular,
    11,
  )
  y -= 10
  CHECKLIST.forEach((stage, i) => {
    if (i === 2) {
      page = doc.addPage([WIDTH, HEIGHT])
      y = HEIGHT - MARGIN
    }
    write(`${i + 1}. ${stage.heading}`, bold, 15, 0, 4)
    write(stage.due, regular, 11, 0, 8)
    for (const item of stage.items) {
      page.drawRectangle({
        x: MARGIN + 2,
        y: y - 11,
        width: 10,
        height: 10,
        borderWidth: 1,
        borderColor: rgb(0.2, 0.2, 0.2),
      })
      write(item, regular, 11, 20, 3)
      write('Owner: ____________________   Done on: ____________', regular, 9, 20, 8)
    }
    y -= 14
  })
  write("Stuck on a stage? Ask the network's experts from the officials' portal.", regular, 10)
  return doc.save({ useObjectStreams: false })
}

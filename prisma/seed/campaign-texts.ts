// Campaign definitions and pledge texts, in the network's own words.

export type PledgeTextSeed = {
  version: number
  title: string
  preamble: string
  publishedAt: string
  commitments: string[]
}
export type CampaignSeed = {
  slug: string
  name: string
  shortName: string
  tagline: string
  hasCompliancePath: boolean
  sortOrder: number
  texts: PledgeTextSeed[]
}

const rc4a: CampaignSeed = {
  slug: 'rc4a',
  name: 'Resilient Communities for America',
  shortName: 'RC4A',
  tagline: 'Local leaders preparing their communities for extreme weather, energy and economic shocks.',
  hasCompliancePath: false,
  sortOrder: 1,
  texts: [
    {
      version: 1,
      title: 'Resilient Communities for America pledge',
      publishedAt: '2014-11-01',
      preamble:
        'Our community already lives with storms, floods, heat, drought and sudden jumps in energy prices. ' +
        'As an elected or appointed leader, I commit our local government to getting ready for them, ' +
        'so that our residents and businesses recover faster and the next shock costs less than the last.',
      commitments: [
        'Assess how extreme weather and energy price shocks would affect our residents, infrastructure and local economy.',
        'Adopt a plan that reduces those risks, and fund the first steps in our budget.',
        'Use energy more efficiently and produce more of it locally and cleanly.',
        'Share what we learn with other communities in the network.',
      ],
    },
    {
      version: 2,
      title: 'Resilient Communities for America pledge',
      publishedAt: '2019-01-15',
      preamble:
        'Extreme weather, disruptions to energy supply and economic downturns arrive with little warning and ' +
        'hit the most exposed households hardest. As a local leader, I commit our government to preparing for ' +
        'these shocks openly, with our residents, and alongside other communities that face the same risks.',
      commitments: [
        'Identify the extreme weather events our community faces and who among our residents is most exposed to them.',
        'Prepare for energy supply disruptions and price shocks by saving energy and building local, clean supply.',
        'Strengthen the local economy against shocks, with attention to small businesses and workers.',
        'Cooperate with neighbouring and peer communities: share plans, data and lessons, and help one another recover.',
        'Report our progress publicly every year.',
      ],
    },
  ],
}

const compact: CampaignSeed = {
  slug: 'compact-of-mayors',
  name: 'Compact of Mayors',
  shortName: 'Compact',
  tagline: 'Cutting greenhouse gas emissions, tracking progress in public and preparing for climate impacts.',
  hasCompliancePath: true,
  sortOrder: 2,
  texts: [
    {
      version: 1,
      title: 'Compact of Mayors commitment',
      publishedAt: '2014-09-23',
      preamble:
        'Cities and towns are where most emissions are produced and where most climate impacts are felt. ' +
        'I commit our community to the Compact of Mayors: to measure our emissions in the same way as ' +
        'hundreds of other local governments, set a target to reduce them, plan for the hazards we face, ' +
        'and report all of it in public, on the timetable below.',
      commitments: [
        'Within one year: complete a community-wide greenhouse gas inventory following the Global Protocol for Community-Scale Greenhouse Gas Emission Inventories (GPC), covering at least stationary energy and in-boundary transportation, and list the climate hazards our community faces with their level of risk.',
        'Within two years: set a community-wide emissions reduction target, and assess how those hazards affect our people, services and infrastructure, including the groups most vulnerable to them.',
        'Within three years: adopt a plan that shows how we will meet our target, and a plan to adapt to the hazards we identified.',
        'Report our inventory, target, hazards and plans publicly every year, through the network’s reporting platform.',
        'Update our inventory at least every three years so that progress can be tracked against the target.',
      ],
    },
  ],
}

export const CAMPAIGNS: CampaignSeed[] = [rc4a, compact]

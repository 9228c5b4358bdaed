// Solutions Gateway entries, in the network's own words. Bodies are assembled from the four sections.
import type { HazardCode, SolutionSectorCode } from '@/lib/domain/hazards'

export type SolutionSeed = {
  slug: string
  title: string
  summary: string
  cost: 'LOW' | 'MEDIUM' | 'HIGH'
  coBenefits: string
  hazards: HazardCode[]
  sectors: SolutionSectorCode[]
  what: string
  how: string
  money: string
  watch: string
  draft?: boolean
}

export const SOLUTIONS: SolutionSeed[] = [
  {
    slug: 'cooling-centers-heat-alerts',
    title: 'Cooling centers and heat alerts',
    cost: 'LOW',
    summary:
      'Open air-conditioned public buildings during heat waves and warn residents early, with extra outreach to people at risk.',
    coBenefits:
      'Fewer heat deaths and emergency calls; stronger links between city services and isolated residents.',
    hazards: ['EXTREME_HEAT'],
    sectors: ['PUBLIC_HEALTH', 'EMERGENCY_MANAGEMENT'],
    what: 'Libraries, recreation centers and senior centers stay open longer on dangerous heat days, and a heat alert goes out by text, radio and door-knocking a day or two before temperatures peak.',
    how: 'Agree a trigger with the local weather service office, list buildings with reliable cooling and extended hours, and recruit volunteers or community health workers to check on residents who live alone.',
    money:
      'Mostly staff overtime and transit passes. Public health preparedness grants often cover outreach.',
    watch:
      'Centers only help if people can reach them: publish transit routes, allow pets, and track who actually comes.',
  },
  {
    slug: 'urban-tree-canopy',
    title: 'Expanding the urban tree canopy',
    cost: 'MEDIUM',
    summary:
      'Plant and care for street and park trees where shade is scarce, starting with the hottest neighbourhoods.',
    coBenefits:
      'Cooler streets, cleaner air, less stormwater runoff, higher property values and more pleasant walking.',
    hazards: ['EXTREME_HEAT', 'FLOODING_FLASH'],
    sectors: ['LAND_USE', 'PUBLIC_HEALTH'],
    what: 'A canopy program maps where shade is lacking, plants the right species in those places and, just as important, waters and prunes them for their first years.',
    how: 'Start with a canopy and surface-temperature map. Set a goal by neighbourhood, not only citywide, and work with residents on where trees go.',
    money:
      'A street tree costs a few hundred dollars to plant and as much again to establish. Forestry grants and utility programs help.',
    watch:
      'Survival rates fall without watering. Budget for maintenance, and choose species that will cope with a hotter, drier future.',
  },
  {
    slug: 'green-stormwater-infrastructure',
    title: 'Green stormwater infrastructure',
    cost: 'MEDIUM',
    summary:
      'Rain gardens, bioswales and permeable paving soak up storm water where it falls, easing pressure on drains.',
    coBenefits: 'Cleaner rivers, fewer sewer overflows, greener streets and local construction jobs.',
    hazards: ['FLOODING_FLASH', 'EXTREME_PRECIPITATION'],
    sectors: ['WATER', 'LAND_USE'],
    what: 'Planted areas and porous surfaces designed to capture and infiltrate the first inch or so of rain, built into streets, parking lots, schools and parks.',
    how: 'Identify the blocks that flood first and the sewersheds that overflow, then pair green features with planned street repaving to share costs.',
    money:
      'Often cheaper than enlarging pipes. State revolving funds and stormwater utility fees are common sources.',
    watch: 'Maintenance crews need training; plants and soils must be chosen for local conditions.',
  },
  {
    slug: 'led-street-lighting',
    title: 'LED street lighting retrofit',
    cost: 'MEDIUM',
    summary: 'Replace old street lamps with LEDs and smart controls to cut electricity use by half or more.',
    coBenefits:
      'Lower energy bills, fewer maintenance visits, better light quality and less light pollution.',
    hazards: ['ENERGY_SHOCK'],
    sectors: ['ENERGY', 'BUILDINGS'],
    what: 'LED fixtures use far less electricity than sodium lamps and last years longer; adding controls allows dimming late at night.',
    how: 'Inventory the lamps (some may belong to the utility), run a pilot to pick color temperature with residents, then retrofit citywide.',
    money:
      'Pays for itself in a few years through lower bills. Energy performance contracts avoid up-front cost.',
    watch: 'Choose warm color temperatures (3000K or less) and shielded fixtures to avoid glare.',
  },
  {
    slug: 'community-solar',
    title: 'Community solar subscriptions',
    cost: 'LOW',
    summary:
      'Let renters and homeowners without a suitable roof subscribe to a shared local solar array and save on bills.',
    coBenefits: 'Lower bills for low-income households, local clean energy and jobs.',
    hazards: ['ENERGY_SHOCK', 'ECONOMIC_SHOCK'],
    sectors: ['ENERGY', 'ECONOMY'],
    what: 'A solar array on a landfill, warehouse roof or parking canopy whose output is credited to subscribers’ electricity bills.',
    how: 'Check state rules for community solar, offer public sites, and reserve a share of subscriptions for low-income households.',
    money: 'Developers usually finance the array; the city provides a site and helps with outreach.',
    watch: 'Make sure contracts guarantee savings and let subscribers leave without penalties.',
  },
  {
    slug: 'resilience-hubs',
    title: 'Resilience hubs with backup power',
    cost: 'HIGH',
    summary:
      'Community buildings with solar and batteries that keep power, water and communications running during outages.',
    coBenefits:
      'Trusted neighbourhood gathering places, lower energy bills year-round, faster recovery after storms.',
    hazards: ['STORM', 'EXTREME_HEAT', 'ENERGY_SHOCK'],
    sectors: ['ENERGY', 'EMERGENCY_MANAGEMENT', 'BUILDINGS'],
    what: 'A recreation center, church or school equipped to operate off-grid for days, with cooling, charging, refrigerated medicine storage and information.',
    how: 'Choose sites with community organizations that already serve residents, then design the power system around the critical loads.',
    money:
      'Solar and storage can be financed through savings; hazard mitigation grants often cover batteries.',
    watch:
      'Hubs work when neighbours know about them before the emergency: run them as community spaces every day.',
  },
  {
    slug: 'building-benchmarking',
    title: 'Building energy benchmarking and disclosure',
    cost: 'LOW',
    summary:
      'Require large buildings to report their energy use each year, so owners see how they compare and act.',
    coBenefits: 'Lower energy bills, better data for city planning, work for local contractors.',
    hazards: ['ENERGY_SHOCK'],
    sectors: ['BUILDINGS', 'ENERGY'],
    what: 'Owners of buildings above a size threshold enter utility data into a free benchmarking tool and the city publishes the scores.',
    how: 'Start with municipal buildings, then phase in private buildings by size. Work with utilities on whole-building data.',
    money:
      'Low: a small compliance team and outreach. Savings for owners typically follow within a few years.',
    watch: 'Data quality needs checking; pair disclosure with help for owners who want to improve.',
  },
  {
    slug: 'protected-bike-network',
    title: 'A connected protected bike network',
    cost: 'MEDIUM',
    summary:
      'Build protected bike lanes that connect homes, schools, jobs and transit, so cycling is safe for all ages.',
    coBenefits: 'Fewer traffic deaths, healthier residents, cheaper travel and quieter streets.',
    hazards: [],
    sectors: ['TRANSPORT', 'PUBLIC_HEALTH'],
    what: 'Lanes separated from traffic by curbs, posts or parked cars, designed as a network rather than disconnected segments.',
    how: 'Map gaps, begin with quick-build materials to test routes, then make them permanent during repaving.',
    money:
      'Quick-build lanes are inexpensive; permanent work rides on road maintenance budgets and federal transport funds.',
    watch: 'Involve businesses early about loading and parking, and measure use before and after.',
  },
  {
    slug: 'fleet-electrification',
    title: 'Electrifying the municipal fleet',
    cost: 'MEDIUM',
    summary: 'Replace fleet cars, trucks and buses with electric models as they reach the end of their life.',
    coBenefits: 'Cleaner air near depots and schools, lower fuel and maintenance costs, quieter streets.',
    hazards: ['ENERGY_SHOCK'],
    sectors: ['TRANSPORT', 'ENERGY'],
    what: 'A fleet transition plan that matches vehicles to duty cycles and installs the charging they need.',
    how: 'Analyse fleet telematics, start with light-duty vehicles, and plan depot charging with the utility.',
    money: 'Higher purchase cost offset by lower running costs; federal and state incentives narrow the gap.',
    watch:
      'Charging installation takes longer than buying vehicles; start utility conversations a year ahead.',
  },
  {
    slug: 'curbside-food-scraps',
    title: 'Curbside food scrap collection',
    cost: 'MEDIUM',
    summary:
      'Collect food scraps separately and turn them into compost or biogas instead of landfill methane.',
    coBenefits: 'Less landfill methane, compost for parks and farms, longer landfill life.',
    hazards: [],
    sectors: ['WASTE', 'FOOD'],
    what: 'Households get a small kitchen caddy and a curbside cart; scraps go to a composting or digestion facility.',
    how: 'Pilot on a few routes, confirm processing capacity, and combine with every-other-week trash collection to control costs.',
    money: 'Collection costs are partly offset by lower landfill tipping fees.',
    watch: 'Contamination drops with clear, repeated outreach in several languages.',
  },
  {
    slug: 'floodplain-buyouts',
    title: 'Voluntary floodplain buyouts',
    cost: 'HIGH',
    summary: 'Buy homes that flood again and again from willing owners and return the land to open space.',
    coBenefits: 'Parks and wetlands, lower disaster costs, safer households.',
    hazards: ['FLOODING_RIVERINE', 'COASTAL_FLOODING'],
    sectors: ['LAND_USE', 'EMERGENCY_MANAGEMENT'],
    what: 'A standing program that offers fair prices and relocation help to owners of repeatedly flooded properties.',
    how: 'Prepare before the next flood: identify eligible properties, line up funding and counselling, and plan the open space.',
    money: 'Federal hazard mitigation grants cover most of the cost; local match and staff time are needed.',
    watch: 'Buyouts must be voluntary and help households stay in the community if they wish.',
  },
  {
    slug: 'living-shorelines',
    title: 'Living shorelines',
    cost: 'MEDIUM',
    summary: 'Protect eroding shores with marsh plants, oyster reefs and sand instead of concrete walls.',
    coBenefits: 'Habitat for fish and birds, cleaner water, recreation.',
    hazards: ['COASTAL_FLOODING', 'STORM'],
    sectors: ['LAND_USE', 'WATER'],
    what: 'Natural materials that absorb wave energy and keep up with sea level rise, sometimes combined with a low rock sill.',
    how: 'Work with coastal scientists on suitable sites; change permitting rules so the natural option is the easy one.',
    money: 'Often cheaper than bulkheads over their life; coastal resilience grants are available.',
    watch: 'Not every site suits a living shoreline; monitor after storms.',
  },
  {
    slug: 'water-conservation-rebates',
    title: 'Water conservation rebates and tiered rates',
    cost: 'LOW',
    summary:
      'Reward residents for efficient fixtures and drought-tolerant landscaping, and price water to discourage waste.',
    coBenefits: 'Lower water and energy bills, deferred investment in new supply.',
    hazards: ['DROUGHT', 'WATER_SCARCITY'],
    sectors: ['WATER'],
    what: 'Rebates for efficient toilets, irrigation controllers and lawn replacement, with tiered rates that keep basic use affordable.',
    how: 'Start with the largest outdoor water users; measure savings with meter data.',
    money: 'Low cost per gallon saved compared with new supply.',
    watch: 'Make sure low-income households can benefit, for example with direct installation.',
  },
  {
    slug: 'wildfire-defensible-space',
    title: 'Defensible space and home hardening',
    cost: 'LOW',
    summary:
      'Help residents at the wildland edge clear vegetation around homes and fit ember-resistant vents and roofs.',
    coBenefits: 'Safer firefighters, lower insurance risk, neighbourhood cooperation.',
    hazards: ['WILDFIRE'],
    sectors: ['EMERGENCY_MANAGEMENT', 'LAND_USE'],
    what: 'Free home assessments, green-waste pickup days and small grants for vents, gutters and roofing.',
    how: 'Work neighbourhood by neighbourhood with the fire department; one prepared street protects the next.',
    money: 'Modest: assessments and chipping services. Many retrofits cost little.',
    watch: 'Help older and disabled residents who cannot do the work themselves.',
  },
  {
    slug: 'clean-air-shelters',
    title: 'Clean air rooms for smoke days',
    cost: 'LOW',
    summary:
      'Equip libraries and community rooms with filtration so residents have somewhere to breathe during wildfire smoke.',
    coBenefits: 'Better indoor air all year; protection for people with asthma and heart disease.',
    hazards: ['WILDFIRE'],
    sectors: ['PUBLIC_HEALTH', 'BUILDINGS'],
    what: 'Upgraded ventilation filters and portable air cleaners in public rooms, plus low-cost filter kits for households.',
    how: 'Test buildings’ ventilation, upgrade filters, and announce locations with air quality alerts.',
    money: 'Low: filters and portable cleaners.',
    watch: 'Change filters regularly; smoke seasons are getting longer.',
  },
  {
    slug: 'heat-pump-program',
    title: 'Heat pump adoption program',
    cost: 'MEDIUM',
    summary: 'Help households switch from fossil heating to efficient heat pumps that also provide cooling.',
    coBenefits: 'Cooling for homes that had none, cleaner indoor air, lower bills with good installation.',
    hazards: ['EXTREME_HEAT', 'ENERGY_SHOCK'],
    sectors: ['BUILDINGS', 'ENERGY'],
    what: 'Bulk purchasing, vetted installers and help applying for rebates and tax credits.',
    how: 'Partner with the utility and local installers; start with homes that need new cooling or a furnace replacement.',
    money:
      'Federal and state incentives cover much of the cost; program staff and outreach are the city’s share.',
    watch: 'Cold-climate models are needed in the north; weatherize first where possible.',
  },
  {
    slug: 'small-business-continuity',
    title: 'Small business continuity planning',
    cost: 'LOW',
    summary:
      'Help small businesses plan for closures, outages and supply disruptions so they reopen quickly.',
    coBenefits: 'Jobs kept, faster local recovery, stronger business networks.',
    hazards: ['ECONOMIC_SHOCK', 'STORM', 'FLOODING_RIVERINE'],
    sectors: ['ECONOMY', 'EMERGENCY_MANAGEMENT'],
    what: 'Workshops, simple planning templates and a recovery fund ready before disaster strikes.',
    how: 'Work through the chamber of commerce and community development organizations; keep contact lists current.',
    money: 'Low for planning; recovery funds can be seeded by banks and foundations.',
    watch: 'Reach businesses that are not members of associations, including immigrant-owned businesses.',
  },
  {
    slug: 'cool-roofs',
    title: 'Cool roofs ordinance',
    cost: 'LOW',
    summary:
      'Require reflective roofing on new and replaced flat roofs to keep buildings and streets cooler.',
    coBenefits: 'Lower cooling bills, longer roof life, reduced urban heat island.',
    hazards: ['EXTREME_HEAT'],
    sectors: ['BUILDINGS', 'ENERGY'],
    what: 'A building code amendment setting a minimum reflectance for low-slope roofs at replacement.',
    how: 'Consult roofers and building owners, then adopt through the regular code update cycle.',
    money: 'Little or no extra cost at replacement time.',
    watch: 'In cold climates, weigh winter heating effects.',
  },
  {
    slug: 'microgrids-critical-facilities',
    title: 'Microgrids for critical facilities',
    cost: 'HIGH',
    summary:
      'Link water plants, fire stations and shelters to local generation that can run when the grid is down.',
    coBenefits: 'Continuity of essential services, lower peak demand charges, local clean energy.',
    hazards: ['STORM', 'EXTREME_COLD', 'ENERGY_SHOCK'],
    sectors: ['ENERGY', 'EMERGENCY_MANAGEMENT', 'WATER'],
    what: 'Solar, batteries and controls that island a group of critical buildings from the grid during an outage.',
    how: 'Rank facilities by criticality, study feasibility with the utility, and phase construction.',
    money: 'Significant; combine hazard mitigation grants, energy savings and third-party ownership.',
    watch: 'Utility interconnection rules vary; involve them from the start.',
  },
  {
    slug: 'transit-signal-priority',
    title: 'Bus priority lanes and signals',
    cost: 'LOW',
    summary: 'Give buses their own lanes and green lights so trips are faster and more reliable.',
    coBenefits: 'Shorter commutes, lower transit operating costs, fewer emissions per trip.',
    hazards: [],
    sectors: ['TRANSPORT'],
    what: 'Painted bus lanes on busy corridors and signals that extend green for an approaching bus.',
    how: 'Choose corridors where buses are slowest; test with temporary paint and evaluate.',
    money: 'Low; paint and signal software.',
    watch: 'Enforcement matters: cameras keep lanes clear.',
  },
  {
    slug: 'vector-control-outreach',
    title: 'Mosquito control and community outreach',
    cost: 'LOW',
    summary:
      'Reduce standing water and inform residents as warmer seasons bring more mosquito-borne disease.',
    coBenefits: 'Public health protection and better drainage maintenance.',
    hazards: ['VECTOR_BORNE_DISEASE', 'EXTREME_PRECIPITATION'],
    sectors: ['PUBLIC_HEALTH', 'WATER'],
    what: 'Surveillance traps, larviciding of catch basins and neighbourhood clean-ups of containers.',
    how: 'Coordinate with the county health department; map complaints and trap results.',
    money: 'Low to moderate.',
    watch: 'Avoid broad spraying where targeted measures work.',
  },
  {
    slug: 'regional-mutual-aid',
    title: 'Regional mutual aid agreements',
    cost: 'LOW',
    summary:
      'Agree in advance how neighbouring governments share crews, equipment and shelters after a disaster.',
    coBenefits: 'Faster recovery, shared training, stronger regional relationships.',
    hazards: ['STORM', 'FLOODING_RIVERINE', 'WILDFIRE'],
    sectors: ['EMERGENCY_MANAGEMENT'],
    what: 'Signed agreements covering requests, costs and liability, exercised together every year.',
    how: 'Start with a regional council of governments; include utilities and school districts.',
    money: 'Staff time only.',
    watch: 'Keep contact lists and inventories current.',
  },
  {
    slug: 'community-gardens-food-resilience',
    title: 'Community gardens for food resilience',
    cost: 'LOW',
    summary: 'Turn vacant lots into gardens that supply fresh food and bring neighbours together.',
    coBenefits: 'Access to fresh food, stormwater absorption, community cohesion.',
    hazards: ['ECONOMIC_SHOCK', 'EXTREME_HEAT'],
    sectors: ['FOOD', 'LAND_USE'],
    what: 'City-owned lots leased to community groups with water access and soil testing.',
    how: 'Inventory vacant land and offer long-term leases.',
    money: 'Low: water connections and soil.',
    watch: 'Test soils for contamination.',
    draft: true,
  },
  {
    slug: 'landslide-early-warning',
    title: 'Landslide monitoring and early warning',
    cost: 'MEDIUM',
    summary: 'Monitor slopes above homes and roads and warn residents when heavy rain raises the risk.',
    coBenefits: 'Fewer road closures and injuries; data for land-use decisions.',
    hazards: ['LANDSLIDE', 'EXTREME_PRECIPITATION'],
    sectors: ['EMERGENCY_MANAGEMENT', 'LAND_USE'],
    what: 'Rain gauges and soil moisture sensors linked to alert thresholds.',
    how: 'Partner with the state geological survey.',
    money: 'Moderate.',
    watch: 'Thresholds need local calibration.',
    draft: true,
  },
]

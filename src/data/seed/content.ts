/**
 * The programme as the source documents state it (the Social Services Committee's consultation reply
 * of 2024-08-26 and Hägersten-Älvsjö's statement of 2024-09-26), in Swedish with English translations:
 * the goal, the three focus areas, the rights-based method's three steps, the six-step staircase and
 * the six action plans (all still to be drawn up) with the programmes they replace. Nothing here is dated:
 * the documents give no dates. Checklist items are examples for editors to replace.
 *
 * Three seeds: PROGRAMME_SEED (every site's set-up), LOCAL_SEED (`npm start`: the programme and the city's
 * organisation) and DEMO_SEED (`npm start -- --demo`: illustrative statuses, dates and updates on top, and
 * the site marked as holding example data, which the app then says wherever it shows).
 * tests/data/seedContent.test.ts checks every dated or status fact against the source documents.
 */
import type { ActionPlan } from '../../domain/actionPlan';
import type { ChecklistItem } from '../../domain/checklist';
import type { LocalizedText } from '../../domain/language';
import type { FocusAreaKey, ProgrammeEntry, StaircaseStepNumber } from '../../domain/programme';
import type { UnitType } from '../../domain/unit';
import type { Update } from '../../domain/update';

export type SeedProgrammeEntry = Omit<ProgrammeEntry, 'id' | 'etag'>;
export type SeedActionPlan = Omit<ActionPlan, 'id' | 'etag'>;
export type SeedChecklistItem = Omit<ChecklistItem, 'id' | 'planId' | 'etag'> & { planKey: string };
export type SeedUpdate = Omit<Update, 'id' | 'planId' | 'etag' | 'author' | 'modified'> & { planKey?: string };

export interface SeedUnit {
  name: string;
  type: UnitType;
  /** The linked Teams team: its group id and name. */
  teamsGroupId?: string;
  teamName?: string;
  /** Login names of the unit's named people, resolved with ensureUser when seeding. */
  memberLogins?: string[];
  children?: SeedUnit[];
}

export interface SeedContent {
  programme: SeedProgrammeEntry[];
  actionPlans: SeedActionPlan[];
  checklistItems: SeedChecklistItem[];
  units: SeedUnit[];
  updates: SeedUpdate[];
  /** Illustrative content: the site is marked so that the app says "Exempeldata" wherever it shows. */
  exampleData?: boolean;
}

/**
 * Illustrative only (DEMO_SEED): a day for the MR programme's adoption, when the four replaced programmes
 * cease. The source documents say they cease when the programme is adopted, but not when that is.
 */
const EXAMPLE_ADOPTION_DATE = '2025-03-10';

function entry(key: string, kind: ProgrammeEntry['kind'], order: number, title: LocalizedText, text: LocalizedText): SeedProgrammeEntry {
  return { key, kind, order, title, text };
}

const PROGRAMME_ENTRIES: SeedProgrammeEntry[] = [
  entry(
    'goal',
    'goal',
    0,
    { sv: 'Programmets mål', en: 'The programme’s goal' },
    {
      sv: 'Stockholms stad är en öppen, jämlik och jämställd stad, fri från alla former av diskriminering och rasism.',
      en: 'The City of Stockholm is an open, equal and gender-equal city, free from all forms of discrimination and racism.'
    }
  ),
  entry(
    'focusArea:knowledge',
    'focusArea',
    1,
    { sv: 'Kunskap och information', en: 'Knowledge and information' },
    {
      sv: 'Samtliga nämnder och bolagsstyrelser ska systematiskt öka sin kunskap om de mänskliga rättigheterna och förbättra informationen till stockholmarna.',
      en: 'All committees and company boards are to systematically increase their knowledge of human rights and improve the information given to the people of Stockholm.'
    }
  ),
  entry(
    'focusArea:welfare',
    'focusArea',
    2,
    { sv: 'Välfärd och service', en: 'Welfare and service' },
    {
      sv: 'Stadens verksamheter ska vara tillgängliga och alla medarbetare ska bemöta stockholmarna likvärdigt.',
      en: 'The city’s services are to be accessible, and all staff are to treat the people of Stockholm equally.'
    }
  ),
  entry(
    'focusArea:participation',
    'focusArea',
    3,
    { sv: 'Delaktighet och inflytande', en: 'Participation and influence' },
    {
      sv: 'Stockholmarnas delaktighet och inflytande ska stärkas i frågor som berör dem.',
      en: 'The participation and influence of the people of Stockholm are to be strengthened in matters that concern them.'
    }
  ),
  entry(
    'methodStep:1',
    'methodStep',
    1,
    { sv: 'Vilka rättigheter gäller?', en: 'Which rights apply?' },
    {
      sv: 'Identifiera de mänskliga rättigheter som det aktuella verksamhetsområdet ska tillgodose.',
      en: 'Identify the human rights that the area of activity in question is to fulfil.'
    }
  ),
  entry(
    'methodStep:2',
    'methodStep',
    2,
    { sv: 'Vilka villkor och förutsättningar finns?', en: 'What are the conditions?' },
    {
      sv: 'Identifiera villkor och förutsättningar för individer och grupper som berörs av verksamheten.',
      en: 'Identify the conditions and circumstances of the individuals and groups affected by the activity.'
    }
  ),
  entry(
    'methodStep:3',
    'methodStep',
    3,
    { sv: 'Vad kan verksamheten göra?', en: 'What can the activity do?' },
    {
      sv: 'Vad kan verksamheten göra för att se till att rättigheterna respekteras? Hur kan verksamheten utvecklas och anpassas för att passa alla stockholmare? Hur kan diskriminering förebyggas och motverkas?',
      en: 'What can the activity do to make sure that the rights are respected? How can it be developed and adapted to suit everyone in Stockholm? How can discrimination be prevented and counteracted?'
    }
  ),
  entry(
    'staircaseStep:1',
    'staircaseStep',
    1,
    { sv: 'Kompetenshöjande insatser', en: 'Competence development' },
    {
      sv: 'Kompetenshöjande insatser sker regelbundet och till nyanställda.',
      en: 'Competence development takes place regularly and for new employees.'
    }
  ),
  entry(
    'staircaseStep:2',
    'staircaseStep',
    2,
    { sv: 'Styrdokument och rutiner', en: 'Governing documents and routines' },
    {
      sv: 'Styrdokument och rutiner inkluderar de mänskliga rättigheterna och identifierar grupper som har svårare att få sina rättigheter tillgodosedda.',
      en: 'Governing documents and routines include human rights and identify groups who find it harder to have their rights fulfilled.'
    }
  ),
  entry(
    'staircaseStep:3',
    'staircaseStep',
    3,
    { sv: 'Metoder och arbetssätt', en: 'Methods and ways of working' },
    {
      sv: 'Metoder och arbetssätt för kartläggningar och analyser är anpassade för och används i verksamheten, exempelvis rättighetsbaserat arbetssätt, barnkonsekvensanalys, jämställdhetsanalys och universell utformning (funktionshinderperspektivet).',
      en: 'Methods and ways of working for surveys and analyses are adapted to and used in the activity, for example the rights-based approach, child impact assessment, gender equality analysis and universal design (the disability perspective).'
    }
  ),
  entry(
    'staircaseStep:4',
    'staircaseStep',
    4,
    { sv: 'Delaktighet och inflytande', en: 'Participation and influence' },
    {
      sv: 'Delaktighet och inflytande tillgodoses i frågor som berör verksamhetens målgrupper direkt och indirekt.',
      en: 'Participation and influence are ensured in matters that affect the activity’s target groups directly and indirectly.'
    }
  ),
  entry(
    'staircaseStep:5',
    'staircaseStep',
    5,
    { sv: 'Systematiskt arbete', en: 'Systematic work' },
    {
      sv: 'Systematiskt arbete – insatser tas fram utifrån mål, identifierade utmaningar och analyser.',
      en: 'Systematic work – measures are developed from goals, identified challenges and analyses.'
    }
  ),
  entry(
    'staircaseStep:6',
    'staircaseStep',
    6,
    { sv: 'Sammanhållen uppföljning', en: 'Coherent follow-up' },
    {
      sv: 'Sammanhållen uppföljning av arbetet genomförs utifrån mål, prioriteringar och utvecklingsområden.',
      en: 'Coherent follow-up of the work is carried out on the basis of goals, priorities and areas for development.'
    }
  )
];

interface PlanSeed {
  plan: SeedActionPlan;
  /** What the plan is about, worded to fit the example items' sentences ("… om jämställdhet"). */
  topic: LocalizedText;
  /** The work the plan is about, as the subject of a sentence ("Jämställdhetsarbetet har följts upp"). */
  work: LocalizedText;
}

/**
 * The documents (2024) say that the six plans are to be drawn up ("kommer handlingsplaner att tas fram för"),
 * and give no dates: every plan is "Tas fram" (draft) and none has an adoption date.
 */
const TO_BE_DRAWN_UP: LocalizedText = {
  sv: '<p>Handlingsplanen ska tas fram som komplement till MR-programmet.</p>',
  en: '<p>The action plan is to be drawn up to complement the MR programme.</p>'
};

/** What the documents say of the four programmes that the MR programme replaces (not of the minorities' guidelines). */
const CEASES_WITH_PROGRAMME: LocalizedText = {
  sv: '<p>Det program som handlingsplanen ersätter upphör att gälla direkt när MR-programmet antas.</p>',
  en: '<p>The programme that the action plan replaces ceases to apply as soon as the MR programme is adopted.</p>'
};

function description(...paragraphs: LocalizedText[]): LocalizedText {
  return { sv: paragraphs.map((p) => p.sv).join(''), en: paragraphs.map((p) => p.en).join('') };
}

function draftPlan(key: string, order: number, title: LocalizedText, text: LocalizedText, replaces?: string): SeedActionPlan {
  return { key, order, title, description: text, status: 'draft', replaces };
}

const PLANS: PlanSeed[] = [
  {
    plan: draftPlan('antiRacism', 1, { sv: 'Att motverka rasism', en: 'Counteracting racism' }, TO_BE_DRAWN_UP),
    topic: { sv: 'rasism och hur den motverkas', en: 'racism and how to counteract it' },
    work: { sv: 'Arbetet mot rasism', en: 'The work against racism' }
  },
  {
    plan: draftPlan(
      'childRights',
      2,
      { sv: 'Barnets rättigheter och inflytande i Stockholms stad', en: 'The rights and influence of the child in the City of Stockholm' },
      description(TO_BE_DRAWN_UP, CEASES_WITH_PROGRAMME, {
        sv: '<p>Ett arbete pågår för att säkerställa att staden ska leva upp till barns lagstadgade rättigheter enligt barnkonventionen.</p>',
        en: '<p>Work is under way to make sure that the city lives up to children’s statutory rights under the Convention on the Rights of the Child.</p>'
      }),
      'Program för barnets rättigheter och inflytande i Stockholms stad 2018–2022 (Dnr 171-1526/2016)'
    ),
    topic: { sv: 'barnets rättigheter', en: 'the rights of the child' },
    work: { sv: 'Arbetet med barnets rättigheter', en: 'The work on the rights of the child' }
  },
  {
    plan: draftPlan(
      'nationalMinorities',
      3,
      { sv: 'De nationella minoriteternas rättigheter', en: 'The rights of the national minorities' },
      description(TO_BE_DRAWN_UP, {
        sv: '<p>Stockholms stads riktlinjer för arbetet med nationella minoriteters rättigheter är lagstadgade och gäller till dess att handlingsplanen har antagits.</p>',
        en: '<p>The City of Stockholm’s guidelines for the rights of national minorities are statutory and apply until the action plan has been adopted.</p>'
      }),
      // The guidelines apply until this plan is adopted, so they have not ceased.
      'Stockholms stads riktlinjer för arbetet med nationella minoriteters rättigheter (KS 2018/000069)'
    ),
    topic: { sv: 'de nationella minoriteternas rättigheter', en: 'the rights of the national minorities' },
    work: { sv: 'Arbetet med de nationella minoriteternas rättigheter', en: 'The work on the rights of the national minorities' }
  },
  {
    plan: draftPlan(
      'genderEquality',
      4,
      { sv: 'Ett jämställt Stockholm', en: 'A gender-equal Stockholm' },
      description(TO_BE_DRAWN_UP, CEASES_WITH_PROGRAMME),
      'Program för ett jämställt Stockholm 2018–2022 (Dnr 434-21/2017)'
    ),
    topic: { sv: 'jämställdhet', en: 'gender equality' },
    work: { sv: 'Jämställdhetsarbetet', en: 'The work on gender equality' }
  },
  {
    plan: draftPlan(
      'lgbtqi',
      5,
      {
        sv: 'Lika rättigheter och möjligheter oavsett sexuell läggning, könsidentitet och könsuttryck (hbtqi)',
        en: 'Equal rights and opportunities regardless of sexual orientation, gender identity and gender expression (LGBTQI)'
      },
      description(TO_BE_DRAWN_UP, CEASES_WITH_PROGRAMME),
      'Program för lika rättigheter och möjligheter oavsett sexuell läggning, könsidentitet och könsuttryck 2018–2022 (Dnr 171-116/2017)'
    ),
    topic: { sv: 'hbtqi-personers rättigheter', en: 'the rights of LGBTQI people' },
    work: { sv: 'Arbetet med hbtqi-personers rättigheter', en: 'The work on the rights of LGBTQI people' }
  },
  {
    plan: draftPlan(
      'romaInclusion',
      6,
      { sv: 'Romsk inkludering', en: 'Roma inclusion' },
      description(TO_BE_DRAWN_UP, CEASES_WITH_PROGRAMME),
      'Strategi för romsk inkludering 2018–2022 (Dnr KS 2018/000070)'
    ),
    topic: { sv: 'romsk inkludering', en: 'Roma inclusion' },
    work: { sv: 'Arbetet med romsk inkludering', en: 'The work on Roma inclusion' }
  }
];

interface ExampleItem {
  focusArea: FocusAreaKey;
  staircaseStep?: StaircaseStepNumber;
  title: (plan: Pick<PlanSeed, 'topic' | 'work'>) => LocalizedText;
}

/** Two example items per focus area, each tied to the staircase step it helps fulfil. */
const EXAMPLE_ITEMS: ExampleItem[] = [
  {
    focusArea: 'knowledge',
    staircaseStep: 1,
    title: ({ topic: t }) => ({ sv: `Alla medarbetare har gått en grundutbildning om ${t.sv}.`, en: `All staff have completed a basic training on ${t.en}.` })
  },
  {
    focusArea: 'knowledge',
    title: ({ topic: t }) => ({
      sv: `Information om ${t.sv} finns på lättläst svenska och på de språk som målgrupperna behöver.`,
      en: `Information on ${t.en} is available in easy-to-read Swedish and in the languages the target groups need.`
    })
  },
  {
    focusArea: 'welfare',
    staircaseStep: 2,
    title: ({ topic: t }) => ({ sv: `Styrdokument och rutiner har granskats med avseende på ${t.sv}.`, en: `Governing documents and routines have been reviewed with regard to ${t.en}.` })
  },
  {
    focusArea: 'welfare',
    staircaseStep: 3,
    title: ({ topic: t }) => ({
      sv: `Verksamheten har med ett rättighetsbaserat arbetssätt kartlagt vilka som har svårare att få sina rättigheter tillgodosedda, med fokus på ${t.sv}.`,
      en: `Using the rights-based approach, the activity has mapped who finds it harder to have their rights fulfilled, with a focus on ${t.en}.`
    })
  },
  {
    focusArea: 'participation',
    staircaseStep: 4,
    title: ({ topic: t }) => ({
      sv: `Målgrupperna har fått vara med och påverka i frågor som rör ${t.sv}.`,
      en: `The target groups have had a say in matters concerning ${t.en}.`
    })
  },
  {
    focusArea: 'participation',
    staircaseStep: 6,
    title: ({ work: w }) => ({
      sv: `${w.sv} har följts upp och nya insatser har planerats utifrån resultatet.`,
      en: `${w.en} has been followed up and new measures have been planned from the results.`
    })
  }
];

const CHECKLIST_ITEMS: SeedChecklistItem[] = PLANS.flatMap(({ plan, topic, work }) =>
  EXAMPLE_ITEMS.map((example, index) => ({
    planKey: plan.key,
    focusArea: example.focusArea,
    staircaseStep: example.staircaseStep,
    order: index,
    title: example.title({ topic, work }),
    active: true,
    isExample: true
  }))
);

/** The content every site gets when it is set up: the programme as the documents give it, and example checklists. */
export const PROGRAMME_SEED: SeedContent = {
  programme: PROGRAMME_ENTRIES,
  actionPlans: PLANS.map((p) => p.plan),
  checklistItems: CHECKLIST_ITEMS,
  units: [],
  updates: []
};

const DISTRICT_COMMITTEES = [
  'Bromma',
  'Enskede-Årsta-Vantör',
  'Farsta',
  'Hägersten-Älvsjö',
  'Hässelby-Vällingby',
  'Kungsholmen',
  'Norrmalm',
  'Rinkeby-Kista',
  'Skarpnäck',
  'Skärholmen',
  'Spånga-Tensta',
  'Södermalm',
  'Östermalm'
];

const COMMITTEES = [
  'Arbetsmarknadsnämnden',
  'Exploateringsnämnden',
  'Fastighetsnämnden',
  'Idrottsnämnden',
  'Kulturnämnden',
  'Kyrkogårdsnämnden',
  'Miljö- och hälsoskyddsnämnden',
  'Revisorskollegiet',
  'Servicenämnden',
  'Socialnämnden',
  'Stadsbyggnadsnämnden',
  'Trafiknämnden',
  'Utbildningsnämnden',
  'Valnämnden',
  'Äldrenämnden',
  'Överförmyndarnämnden'
];

const COMPANY_BOARDS = [
  'Stockholms Stadshus AB',
  'AB Svenska Bostäder',
  'AB Familjebostäder',
  'AB Stockholmshem',
  'Micasa Fastigheter i Stockholm AB',
  'Skolfastigheter i Stockholm AB (SISAB)',
  'Stockholm Vatten och Avfall AB',
  'Stockholms Hamn AB',
  'Stokab AB',
  'Stockholm Business Region AB',
  'Visit Stockholm AB',
  'Stockholms Stads Parkering AB',
  'Stockholms Stadsteater AB',
  'Stockholm Globe Arena Fastigheter AB',
  'Stockholms Stads Bostadsförmedling AB',
  'AB Stockholms Spårvägar',
  'S:t Erik Markutveckling AB',
  'S:t Erik Kommunikation AB',
  'S:t Erik Livförsäkring AB'
];

/** The local directory's login for a mailbox (see local/README.md, "Users and permissions"). */
function localLogin(mailbox: string): string {
  return `i:0#.f|membership|${mailbox}@mrlocal.onmicrosoft.com`;
}

/** The Teams team that the local demo's tab belongs to (Nämndkansliet's). */
export const DEMO_TEAMS_GROUP_ID = '11111111-2222-3333-4444-555555555555';
export const DEMO_TEAM_NAME = 'Nämndkansliet Hägersten-Älvsjö';

/** The team linked to Avdelningen för strategi och utveckling. */
export const DEMO_STRATEGY_GROUP_ID = '22222222-3333-4444-5555-666666666666';

/** The local SharePoint's member user (Maja Medlem): in Nämndkansliet's team, and named in Avdelningen för individ- och familjeomsorg. */
const DEMO_MEMBER_LOGIN = localLogin('maja.medlem');

/** The demo's units and their people, as the local directory describes them (one team linked to no unit stays unlinked). */
function withDemoTeams(name: string, type: UnitType): SeedUnit {
  const unit: SeedUnit = { name, type };
  if (name === 'Kulturnämnden') unit.memberLogins = [localLogin('nils.ek')];
  if (name === 'Socialnämnden') {
    unit.children = [
      {
        name: 'Socialförvaltningen',
        type: 'administration',
        children: [
          {
            name: 'Avdelningen för strategi och utveckling',
            type: 'team',
            teamsGroupId: DEMO_STRATEGY_GROUP_ID,
            teamName: 'Strategi och utveckling, Socialförvaltningen'
          }
        ]
      }
    ];
  }
  if (name === 'Hägersten-Älvsjö stadsdelsnämnd') {
    unit.children = [
      {
        name: 'Hägersten-Älvsjö stadsdelsförvaltning',
        type: 'administration',
        children: [
          { name: 'Nämndkansliet', type: 'team', teamsGroupId: DEMO_TEAMS_GROUP_ID, teamName: DEMO_TEAM_NAME },
          { name: 'Avdelningen för individ- och familjeomsorg', type: 'team', memberLogins: [DEMO_MEMBER_LOGIN, localLogin('johan.berg')] }
        ]
      }
    ];
  }
  return unit;
}

/** `npm start`: the programme plus the city's committees, district committees and companies, and a few teams. */
export const LOCAL_SEED: SeedContent = {
  ...PROGRAMME_SEED,
  units: [
    { name: 'Kommunstyrelsen', type: 'executiveBoard' },
    ...COMMITTEES.map((name) => withDemoTeams(name, 'committee')),
    ...DISTRICT_COMMITTEES.map((district) => withDemoTeams(`${district} stadsdelsnämnd`, 'districtCommittee')),
    ...COMPANY_BOARDS.map((name) => withDemoTeams(name, 'companyBoard'))
  ]
};

/** Illustrative statuses and dates, so that the overview and the governance-gap warning have something to show. */
const EXAMPLE_PLAN_STATUS: Record<string, Pick<SeedActionPlan, 'status' | 'adoptionDate' | 'replacedCeasedOn'>> = {
  antiRacism: { status: 'adopted', adoptionDate: '2025-06-16' },
  childRights: { status: 'consultation', replacedCeasedOn: EXAMPLE_ADOPTION_DATE },
  nationalMinorities: { status: 'consultation' },
  genderEquality: { status: 'adopted', adoptionDate: '2025-06-16', replacedCeasedOn: EXAMPLE_ADOPTION_DATE },
  lgbtqi: { status: 'adopted', adoptionDate: '2025-09-22', replacedCeasedOn: EXAMPLE_ADOPTION_DATE },
  romaInclusion: { status: 'draft', replacedCeasedOn: EXAMPLE_ADOPTION_DATE }
};

/**
 * `npm start -- --demo`: LOCAL_SEED with illustrative plan statuses, dates and updates, marked as example data
 * (ticks and assessments come from local/demoActivity.ts). None of it is in the source documents.
 */
export const DEMO_SEED: SeedContent = {
  ...LOCAL_SEED,
  exampleData: true,
  actionPlans: LOCAL_SEED.actionPlans.map((plan) => ({ ...plan, ...EXAMPLE_PLAN_STATUS[plan.key] })),
  updates: [
    {
      title: 'Ett samlat program för de mänskliga rättigheterna',
      summary: 'MR-programmet ersätter fyra tidigare program och strategier. Sex handlingsplaner tas fram som komplement.',
      body:
        '<p>Stockholms stad samlar arbetet med de mänskliga rättigheterna i ett program. Programmets mål är att Stockholms stad är en öppen, jämlik och jämställd stad, fri från alla former av diskriminering och rasism.</p>' +
        '<p>Programmet gäller för samtliga nämnder och bolagsstyrelser och har tre fokusområden: kunskap och information, välfärd och service samt delaktighet och inflytande.</p>',
      status: 'published',
      publishAt: `${EXAMPLE_ADOPTION_DATE}T08:00:00Z`,
      pinned: true
    },
    {
      title: 'Handlingsplanen för ett jämställt Stockholm är antagen',
      summary: 'Nu finns en konkret handlingsplan för jämställdhetsarbetet i stadens verksamheter.',
      body: '<p>Handlingsplanen ersätter Program för ett jämställt Stockholm 2018–2022. Checklistan för handlingsplanen finns nu i MR-programmet.</p>',
      status: 'published',
      publishAt: '2025-06-17T08:00:00Z',
      planKey: 'genderEquality',
      pinned: false
    }
  ]
};

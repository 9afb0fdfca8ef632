/**
 * Hand-written, in-memory fakes of the repository interfaces for UI tests: the programme as the source
 * documents describe it, six action plans (one whose replaced programme has ceased while the plan is not
 * adopted: the governance gap), units, updates and assessments. Tests override single methods to reach
 * the states they need (not set up, no permission, unreachable, malformed rows).
 */
import type {
  ActionPlanRepository,
  AssignmentRepository,
  ChecklistRepository,
  ChecklistSession,
  ChecklistSnapshot,
  FollowUpRepository,
  KnowledgeLinkRepository,
  Loaded,
  MinutesRepository,
  MrRepositories,
  Overview,
  Permissions,
  ProgrammeRepository,
  RowProblem,
  SiteRepository,
  SiteStatus,
  StartRepository,
  StartRouteData,
  StartRouteRequest,
  PersonCandidate,
  RightsReport,
  StaircaseRepository,
  UnitPeople,
  UnitPeopleRepository,
  UnitRepository,
  UpdateRepository
} from '../../src/app';
import { AccessDeniedError, ConflictError, KeyValueStorage, memoryStorage, NotFoundError, updateVisits, ValidationError } from '../../src/app';
import type { MeetingMinutes, MeetingPresence } from '../../src/domain/minutes';
import { LIST_TITLES } from '../../src/data/listTitles';
import type { ActionPlan } from '../../src/domain/actionPlan';
import type { KnowledgeLink } from '../../src/domain/knowledgeLink';
import type { ChecklistItem, Tick } from '../../src/domain/checklist';
import { tickKey } from '../../src/domain/checklist';
import type { LocalizedText } from '../../src/domain/language';
import type { Person } from '../../src/domain/person';
import { assembleProgramme, ProgrammeContentKind, ProgrammeEntry } from '../../src/domain/programme';
import type { StaircaseAssessment, StepStatus } from '../../src/domain/staircase';
import { assessmentKey } from '../../src/domain/staircase';
import type { Unit } from '../../src/domain/unit';
import { countedSummaries } from '../../src/domain/unitSummary';
import { AssignmentVersion, CLEARED, historyOf, ItemAssignment, validateAssignment } from '../../src/domain/itemAssignment';
import { isVisible, sortForStaff, Update } from '../../src/domain/update';

const text = (sv: string, en: string): LocalizedText => ({ sv, en });

let nextEntryId = 1;
function entry(kind: ProgrammeContentKind, part: string | number | undefined, order: number, title: LocalizedText, body: LocalizedText): ProgrammeEntry {
  return { id: nextEntryId++, key: part === undefined ? kind : `${kind}:${part}`, kind, order, title, text: body };
}

export const GOAL_SV = 'Stockholms stad är en öppen, jämlik och jämställd stad, fri från alla former av diskriminering och rasism.';
export const GOAL_EN = 'Stockholm is an open, equal and gender-equal city, free from all forms of discrimination and racism.';

export const PROGRAMME_ENTRIES: ProgrammeEntry[] = [
  entry('goal', undefined, 0, text('Mål', 'Goal'), text(GOAL_SV, GOAL_EN)),
  entry('focusArea', 'knowledge', 1, text('Kunskap och information', 'Knowledge and information'), text('Öka kunskapen.', 'Increase knowledge.')),
  entry('focusArea', 'welfare', 2, text('Välfärd och service', 'Welfare and service'), text('Likvärdigt bemötande.', 'Equal treatment.')),
  entry('focusArea', 'participation', 3, text('Delaktighet och inflytande', 'Participation and influence'), text('Stärk delaktigheten.', 'Strengthen participation.')),
  entry('methodStep', 1, 1, text('Identifiera rättigheterna', 'Identify the rights'), text('Vilka rättigheter ska verksamheten tillgodose?', 'Which rights must the service fulfil?')),
  entry('methodStep', 2, 2, text('Identifiera villkoren', 'Identify the conditions'), text('Villkor för dem som berörs.', 'Conditions of those affected.')),
  entry('methodStep', 3, 3, text('Vad kan verksamheten göra?', 'What can the service do?'), text('Förebygg och motverka diskriminering.', 'Prevent and counter discrimination.')),
  entry('staircaseStep', 1, 1, text('Kompetenshöjande insatser', 'Competence development'), text('Sker regelbundet och till nyanställda.', 'Regularly and for new staff.')),
  entry('staircaseStep', 2, 2, text('Styrdokument och rutiner', 'Governing documents and routines'), text('Inkluderar de mänskliga rättigheterna.', 'Include human rights.')),
  entry('staircaseStep', 3, 3, text('Metoder för kartläggning och analys', 'Methods for mapping and analysis'), text('Anpassade och används.', 'Adapted and used.')),
  entry('staircaseStep', 4, 4, text('Delaktighet och inflytande', 'Participation and influence'), text('Tillgodoses i frågor som berör målgrupperna.', 'Ensured in matters that concern the target groups.')),
  entry('staircaseStep', 5, 5, text('Systematiskt arbete', 'Systematic work'), text('Insatser utifrån mål och analyser.', 'Measures based on goals and analyses.')),
  entry('staircaseStep', 6, 6, text('Sammanhållen uppföljning', 'Coherent follow-up'), text('Utifrån mål och prioriteringar.', 'Based on goals and priorities.'))
];

export const CHILD_RIGHTS_PROGRAMME = 'Program för barnets rättigheter och inflytande i Stockholms stad 2018–2022';

function plan(id: number, key: string, title: LocalizedText, fields: Partial<ActionPlan>): ActionPlan {
  return { id, key, order: id, title, description: text('', ''), status: 'draft', ...fields };
}

export const ACTION_PLANS: ActionPlan[] = [
  plan(1, 'antiRacism', text('Att motverka rasism', 'Countering racism'), { status: 'adopted', adoptionDate: '2025-03-12' }),
  plan(2, 'childRights', text('Barnets rättigheter och inflytande', "Children's rights and influence"), {
    status: 'consultation',
    replaces: CHILD_RIGHTS_PROGRAMME,
    replacedCeasedOn: '2025-01-01'
  }),
  plan(3, 'nationalMinorities', text('De nationella minoriteternas rättigheter', 'The rights of national minorities'), {
    status: 'draft',
    replaces: 'Riktlinjer för arbetet med nationella minoriteters rättigheter'
  }),
  plan(4, 'genderEquality', text('Ett jämställt Stockholm', 'A gender-equal Stockholm'), { status: 'adopted', adoptionDate: '2025-05-20' }),
  plan(5, 'lgbtqi', text('Lika rättigheter oavsett sexuell läggning, könsidentitet och könsuttryck', 'Equal rights regardless of sexual orientation, gender identity and expression'), {
    status: 'draft'
  }),
  plan(6, 'romaInclusion', text('Romsk inkludering', 'Roma inclusion'), { status: 'draft' })
];

export const EDITOR: Person = { id: 10, name: 'Eva Redaktör', email: 'eva@example.org' };
export const MEMBER: Person = { id: 20, name: 'Mats Medarbetare', email: 'mats@example.org' };

/** A site user the people picker finds: a person and their claims login. */
export interface SiteUser extends Person {
  loginName: string;
}

const siteUser = (person: Person): SiteUser => ({ ...person, loginName: `i:0#.f|membership|${person.email}` });

/** The data site's users, as the people picker searches them. */
export const SITE_USERS: SiteUser[] = [
  siteUser(EDITOR),
  siteUser(MEMBER),
  siteUser({ id: 30, name: 'Ali Hassan', email: 'ali.hassan@example.org' }),
  siteUser({ id: 31, name: 'Åsa Öberg', email: 'asa.oberg@example.org' }),
  siteUser({ id: 32, name: 'Sara Nilsson', email: 'sara.nilsson@example.org' })
];

/** The name of the team whose group is TEAM_GROUP_ID. */
export const TEAM_NAME = 'Barn och unga, Hägersten-Älvsjö';

export const TEAM_GROUP_ID = '3f2b8a1e-5c4d-4e6f-9a7b-1c2d3e4f5a6b';
export const UNMAPPED_GROUP_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

export const UNITS: Unit[] = [
  { id: 1, name: 'Socialnämnden', type: 'committee', memberIds: [] },
  { id: 2, name: 'Hägersten-Älvsjö stadsdelsnämnd', type: 'districtCommittee', memberIds: [] },
  { id: 3, name: 'Enheten för barn och unga', type: 'team', parentId: 2, teamsGroupId: TEAM_GROUP_ID, teamName: TEAM_NAME, memberIds: [MEMBER.id] },
  { id: 4, name: 'Avdelningen för strategi och utveckling', type: 'administration', parentId: 1, memberIds: [MEMBER.id] }
];

const assessment = (unitId: number, step: 1 | 2 | 3 | 4 | 5 | 6, status: StepStatus, period: number): StaircaseAssessment => ({
  key: assessmentKey(unitId, step, period),
  unitId,
  step,
  period,
  status,
  evidence: ''
});

export const PERIOD = 2025;

/** Unit 3 has fulfilled steps 1–3 and works on 4: level 3 of 6. */
export const ASSESSMENTS: StaircaseAssessment[] = [
  assessment(3, 1, 'fulfilled', PERIOD),
  assessment(3, 2, 'fulfilled', PERIOD),
  assessment(3, 3, 'fulfilled', PERIOD),
  assessment(3, 4, 'inProgress', PERIOD),
  assessment(4, 1, 'fulfilled', PERIOD)
];

export const UPDATES: Update[] = [
  {
    id: 1,
    title: 'Handlingsplanen mot rasism är antagen',
    summary: 'Kommunfullmäktige antog planen i mars.',
    body: '<p>Planen gäller alla nämnder.</p>',
    status: 'published',
    publishAt: '2025-03-14T09:00:00Z',
    pinned: true
  },
  {
    id: 2,
    title: 'Grundutbildning i mänskliga rättigheter',
    summary: 'En ny utbildning finns på utbildningsplattformen.',
    body: '',
    status: 'published',
    publishAt: '2025-04-02T08:00:00Z',
    pinned: false
  },
  { id: 3, title: 'Utkast: nyhetsbrev', summary: '', body: '', status: 'draft', pinned: false }
];

const loaded = <T>(value: T, problems: RowProblem[] = []): Loaded<T> => ({ value, problems });

/** The data site the fakes and the rendered views stand for. */
export const SITE_URL = 'https://stockholm.sharepoint.com/sites/mr';

export interface FakeOptions {
  siteStatus?: SiteStatus;
  permissions?: Permissions;
  user?: Person;
  /** Rows the fake reports as unreadable on every load. */
  problems?: RowProblem[];
  programme?: ProgrammeEntry[];
  plans?: ActionPlan[];
  units?: Unit[];
  updates?: Update[];
  assessments?: StaircaseAssessment[];
  /** Kunskap och stöd (default: none). */
  knowledgeLinks?: KnowledgeLink[];
  /** Where the last visit to the updates is remembered (default: memory, empty). */
  visitStorage?: KeyValueStorage;
  /** The data site's users (default SITE_USERS). */
  siteUsers?: SiteUser[];
  /** Owners, due dates and evidence already stored. */
  assignments?: ItemAssignment[];
  /** What "check rights" finds to repair (default: nothing). */
  rightsRepairs?: RightsReport['repairs'];
  /** Saved meeting minutes (default: none). */
  minutes?: MeetingMinutes[];
  /** Others who had a unit's checklist open in a meeting (default: nobody). */
  presence?: MeetingPresence[];
}

export const READER_PERMISSIONS: Permissions = { canContribute: false, canEdit: false, canProvision: false };
export const MEMBER_PERMISSIONS: Permissions = { canContribute: true, canEdit: false, canProvision: false };
export const OWNER_PERMISSIONS: Permissions = { canContribute: true, canEdit: true, canProvision: true };

/** An in-memory data site. Every read returns copies, so a test that changes data changes the fake only through save. */
export function fakeRepositories(options: FakeOptions = {}): MrRepositories {
  let siteStatus: SiteStatus = options.siteStatus ?? { state: 'ready', schemaVersion: 1 };
  const permissions = options.permissions ?? MEMBER_PERMISSIONS;
  const user = options.user ?? MEMBER;
  const problems = options.problems ?? [];
  let entries = [...(options.programme ?? PROGRAMME_ENTRIES)];
  let plans = [...(options.plans ?? ACTION_PLANS)];
  let units = (options.units ?? UNITS).map((unit) => ({ ...unit }));
  let updates = [...(options.updates ?? UPDATES)];
  let assessments = [...(options.assessments ?? ASSESSMENTS)];
  let knowledge = [...(options.knowledgeLinks ?? [])];
  let items: ChecklistItem[] = [];
  let ticks: Tick[] = [];
  let changeCounter = 0;
  let assignments: ItemAssignment[] = [...(options.assignments ?? [])];
  const assignmentVersions = new Map<string, AssignmentVersion[]>();

  const site: SiteRepository = {
    status: async () => siteStatus,
    currentUser: async () => user,
    permissions: async () => permissions,
    provision: async (onProgress) => {
      const steps = ['MrSettings', 'MrUnits', 'MrProgramme'];
      steps.forEach((step, index) => onProgress?.({ step, done: index + 1, total: steps.length }));
      siteStatus = { state: 'ready', schemaVersion: 1 };
    },
    saveHelp: async (help) => {
      siteStatus = { ...siteStatus, help };
      return help;
    }
  };

  const programme: ProgrammeRepository = {
    loadOverview: async (unitId, period, now): Promise<Loaded<Overview>> =>
      loaded(
        {
          programme: assembleProgramme(entries),
          actionPlans: [...plans].sort((a, b) => a.order - b.order),
          assessments: assessments.filter((a) => a.unitId === unitId && a.period === period),
          latestUpdates: sortForStaff(updates.filter((u) => isVisible(u, now))).slice(0, 3),
          knowledgeLinks: [...knowledge]
        },
        problems
      ),
    saveEntry: async (saved) => {
      entries = [...entries.filter((e) => e.id !== saved.id), saved];
      return saved;
    }
  };

  const unitRepository: UnitRepository = {
    list: async () => loaded(units.map((unit) => ({ ...unit })), problems),
    forTeamsGroup: async (groupId) => units.find((unit) => unit.teamsGroupId === groupId),
    save: async (saved) => {
      units = [...units.filter((unit) => unit.id !== saved.id), { ...saved }];
      return saved;
    }
  };

  const actionPlans: ActionPlanRepository = {
    list: async () => loaded([...plans], problems),
    save: async (saved) => {
      plans = [...plans.filter((p) => p.id !== saved.id), saved];
      return saved;
    },
    items: async (planId) => loaded(items.filter((item) => item.planId === planId)),
    saveItem: async (saved) => {
      items = [...items.filter((item) => item.id !== saved.id), saved];
      return saved;
    },
    reorderItems: async (orderedItemIds) => {
      items = items.map((item) => (orderedItemIds.includes(item.id) ? { ...item, order: orderedItemIds.indexOf(item.id) } : item));
    }
  };

  const checklist: ChecklistRepository = {
    loadUnitPlanView: async (unitId, planId, period) => {
      const unit = units.find((u) => u.id === unitId);
      const actionPlan = plans.find((p) => p.id === planId);
      if (!unit || !actionPlan) throw new Error(`No unit ${unitId} or plan ${planId} in the fake`);
      return loaded({
        unit,
        plan: actionPlan,
        items: items.filter((item) => item.planId === planId),
        ticks: ticks.filter((tick) => tick.unitId === unitId && tick.planId === planId && tick.period === period),
        assessments: assessments.filter((a) => a.unitId === unitId && a.period === period),
        changeToken: String(changeCounter)
      });
    },
    applyIntent: async (intent) => {
      const key = tickKey(intent.unitId, intent.itemId, intent.period);
      const earlier = ticks.find((tick) => tick.key === key);
      const stored: Tick = { ...intent, key, id: earlier?.id ?? ticks.length + 1, comment: intent.comment ?? earlier?.comment ?? '', doneAt: intent.at };
      ticks = [...ticks.filter((tick) => tick.key !== key), stored];
      changeCounter++;
      return stored;
    },
    changesSince: async (token, unitId, period) => ({
      changed: Number(token) < changeCounter ? ticks.filter((tick) => tick.unitId === unitId && tick.period === period) : [],
      deletedRowIds: [],
      nextToken: String(changeCounter),
      problems: []
    })
  };

  /** A session that applies ticks straight to the fake's rows: always online, nothing pending. */
  const openChecklist = (unitId: number, planId: number, period: number): ChecklistSession => {
    const listeners = new Set<() => void>();
    let snapshot: ChecklistSnapshot = { status: 'loading', pendingItemIds: new Set(), connection: 'online', problems: [] };
    const refresh = (): void => {
      checklist.loadUnitPlanView(unitId, planId, period).then((view) => {
        snapshot = { ...snapshot, status: 'ready', view: view.value, problems: view.problems };
        listeners.forEach((listener) => listener());
      });
    };
    refresh();
    return {
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      getSnapshot: () => snapshot,
      setDone: (itemId, done, comment) => {
        checklist.applyIntent({ unitId, itemId, planId, period, done, comment, at: new Date().toISOString() }).then(refresh);
      },
      // A fake that always shows the stored state: how often it would poll does not matter here.
      setMeetingMode: () => undefined,
      retryNow: refresh,
      close: () => listeners.clear()
    };
  };

  // The fake's summaries follow its ticks exactly, as the tick's own $batch keeps them; a test that needs drift overrides basisForPeriods.
  const followUp: FollowUpRepository = {
    basisForPeriods: async (periods, dueBefore) =>
      loaded(
        {
          units: units.map((unit) => ({ ...unit })),
          programme: assembleProgramme(entries),
          plans: [...plans].sort((a, b) => a.order - b.order),
          items: [...items],
          assessments: assessments.filter((a) => periods.includes(a.period)),
          summaries: countedSummaries(ticks.filter((tick) => periods.includes(tick.period))),
          pastDue: assignments.filter((a) => a.period === periods[0] && a.dueDate !== undefined && a.dueDate < dueBefore)
        },
        problems
      ),
    ticksForPeriods: async (periods) => loaded(ticks.filter((tick) => periods.includes(tick.period))),
    repairSummaries: async (summaries) => ({ repaired: summaries.length, failed: 0 })
  };

  const staircase: StaircaseRepository = {
    forUnit: async (unitId, periods) => loaded(assessments.filter((a) => a.unitId === unitId && periods.includes(a.period))),
    save: async (saved) => {
      assessments = [...assessments.filter((a) => a.key !== saved.key), saved];
      return saved;
    }
  };

  const updateRepository: UpdateRepository = {
    published: async (now, limit) => loaded(sortForStaff(updates.filter((u) => isVisible(u, now))).slice(0, limit), problems),
    all: async () => loaded([...updates], problems),
    save: async (saved) => {
      updates = [...updates.filter((u) => u.id !== saved.id), saved];
      return saved;
    },
    remove: async (id) => {
      updates = updates.filter((u) => u.id !== id);
    }
  };

  const knowledgeLinks: KnowledgeLinkRepository = {
    save: async (saved) => {
      const stored = saved.id === 0 ? { ...saved, id: Math.max(0, ...knowledge.map((link) => link.id)) + 1 } : saved;
      knowledge = [...knowledge.filter((link) => link.id !== stored.id), stored];
      return stored;
    },
    remove: async (id) => {
      knowledge = knowledge.filter((link) => link.id !== id);
    }
  };

  const siteUsers = options.siteUsers ?? SITE_USERS;
  const unitOf = (unitId: number): Unit => {
    const found = units.find((unit) => unit.id === unitId);
    if (found === undefined) throw new NotFoundError(`No unit ${unitId} in the fake`);
    return found;
  };
  const peopleOf = (unitId: number): UnitPeople => {
    const unit = unitOf(unitId);
    return {
      unitId,
      people: siteUsers
        .filter((person) => unit.memberIds.includes(person.id))
        .map(({ id, name, email }) => ({ id, name, email }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      team: unit.teamsGroupId === undefined ? undefined : { groupId: unit.teamsGroupId, name: unit.teamName ?? '' }
    };
  };
  const changeUnit = (unitId: number, change: (unit: Unit) => Unit): UnitPeople => {
    units = units.map((unit) => (unit.id === unitId ? change(unit) : unit));
    return peopleOf(unitId);
  };
  const candidate = ({ loginName, name, email }: SiteUser): PersonCandidate => ({ loginName, name, email });
  const unitPeople: UnitPeopleRepository = {
    forUnit: async (unitId) => peopleOf(unitId),
    findPeople: async (text, limit = 20) => {
      const wanted = text.trim().toLowerCase();
      return siteUsers
        .filter((person) => person.name.toLowerCase().includes(wanted) || (person.email ?? '').toLowerCase().includes(wanted))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
        .slice(0, limit)
        .map(candidate);
    },
    addPerson: async (unitId, loginName) => {
      const person = siteUsers.find((user) => user.loginName === loginName);
      if (person === undefined) throw new NotFoundError(`No user ${loginName} in the fake`);
      return changeUnit(unitId, (unit) => ({ ...unit, memberIds: [...unit.memberIds.filter((id) => id !== person.id), person.id] }));
    },
    removePerson: async (unitId, personId) => changeUnit(unitId, (unit) => ({ ...unit, memberIds: unit.memberIds.filter((id) => id !== personId) })),
    linkTeam: async (unitId, team) => changeUnit(unitId, (unit) => ({ ...unit, teamsGroupId: team.groupId, teamName: team.name })),
    unlinkTeam: async (unitId) => changeUnit(unitId, (unit) => ({ ...unit, teamsGroupId: undefined, teamName: undefined })),
    // Named people write for their units, editors for every unit; the fake knows no team members.
    myUnitRights: async () => {
      const own = units.filter((unit) => unit.memberIds.includes(user.id)).map((unit) => unit.id);
      return { own, writable: permissions.canEdit ? units.map((unit) => unit.id) : own };
    },
    checkRights: async (onProgress) => {
      units.forEach((_unit, index) => onProgress?.({ done: index + 1, total: units.length }));
      return { unitsChecked: units.length, foldersChecked: units.length * 2, repairs: options.rightsRepairs ?? [] };
    }
  };

  // Like the unit's folder: only its named people (and editors) may write minutes or presence there.
  const mayWrite = (unitId: number): boolean => permissions.canEdit || unitOf(unitId).memberIds.includes(user.id);
  let minutes = [...(options.minutes ?? [])];
  let presence = [...(options.presence ?? [])];
  const minutesRepository: MinutesRepository = {
    notePresence: async (unitId, _period, meetingKey) => {
      if (!mayWrite(unitId)) throw new AccessDeniedError();
      const seen: MeetingPresence = { unitId, meetingKey, person: user, seenAt: new Date().toISOString() };
      presence = [...presence.filter((p) => !(p.unitId === unitId && p.meetingKey === meetingKey && p.person.id === user.id)), seen];
    },
    presence: async (unitId, meetingKey) => presence.filter((p) => p.unitId === unitId && p.meetingKey === meetingKey),
    save: async (saved) => {
      if (!mayWrite(saved.unitId)) throw new AccessDeniedError();
      const stored = { ...saved, savedBy: user };
      minutes = [...minutes.filter((m) => m.key !== saved.key), stored];
      return stored;
    },
    forUnit: async (unitId) => loaded(minutes.filter((m) => m.unitId === unitId).sort((a, b) => b.startedAt.localeCompare(a.startedAt)), problems)
  };

  // Like SharePoint: a change by someone not of the unit is refused, a stale version is a conflict, each save is a version.
  const assignmentRepository: AssignmentRepository = {
    forUnitPlan: async (unitId, planId, period) =>
      loaded(assignments.filter((a) => a.unitId === unitId && a.planId === planId && a.period === period).map((a) => ({ ...a }))),
    save: async (current, change) => {
      if (!permissions.canEdit && !unitOf(current.unitId).memberIds.includes(user.id)) throw new AccessDeniedError();
      const stored = assignments.find((a) => a.key === current.key);
      if (stored !== undefined && current.etag !== undefined && stored.etag !== current.etag) throw new ConflictError(stored);
      const base = stored ?? current;
      const owner = change.ownerId === undefined ? base.owner : change.ownerId === CLEARED ? undefined : siteUsers.find((person) => person.id === change.ownerId);
      const version = Number(base.etag?.replace(/"/g, '') ?? '0') + 1;
      const next: ItemAssignment = {
        ...base,
        id: base.id ?? assignments.length + 1,
        owner: owner && { id: owner.id, name: owner.name, email: owner.email },
        dueDate: change.dueDate === undefined ? base.dueDate : change.dueDate === CLEARED ? undefined : change.dueDate,
        evidence: change.evidence ?? base.evidence,
        changedBy: user,
        changedAt: new Date().toISOString(),
        etag: `"${version}"`
      };
      const issues = validateAssignment(next);
      if (issues.length > 0) throw new ValidationError(issues);
      assignments = [...assignments.filter((a) => a.key !== next.key), next];
      const versions = assignmentVersions.get(next.key) ?? [];
      assignmentVersions.set(next.key, [...versions, { version: `${version}.0`, at: next.changedAt as string, by: user, owner: next.owner, dueDate: next.dueDate, evidence: next.evidence }]);
      return { ...next };
    },
    history: async (assignment) => historyOf(assignmentVersions.get(assignment.key) ?? [])
  };

  const visits = updateVisits(options.visitStorage ?? memoryStorage(), SITE_URL);
  const repositories: MrRepositories = {
    site,
    start: { load: () => Promise.reject(new Error('replaced below')), loadRoute: () => Promise.reject(new Error('replaced below')), remember: () => undefined },
    programme,
    units: unitRepository,
    unitPeople,
    actionPlans,
    checklist,
    assignments: assignmentRepository,
    staircase,
    updates: updateRepository,
    knowledgeLinks,
    followUp,
    minutes: minutesRepository,
    titles: LIST_TITLES,
    openChecklist,
    visits
  };
  repositories.start = composedStart(repositories);
  return repositories;
}

/**
 * The start as the fakes answer it: from the fakes' own repositories, asked when the app starts, so that a
 * test's override of any of them (a failing status, a slow overview) shows as it would in the one batch.
 * A route part that fails is left out, as the batch leaves it, and the view asks again.
 */
function composedStart(r: MrRepositories): StartRepository {
  const loadRoute = async (request: StartRouteRequest): Promise<StartRouteData> => {
    const overview = await r.programme.loadOverview(request.unitId, request.period, request.now);
    const plan = overview.value.actionPlans.find((candidate) => candidate.key === request.planKey);
    const planView = plan === undefined ? undefined : await r.checklist.loadUnitPlanView(request.unitId, plan.id, request.period);
    return { unitId: request.unitId, period: request.period, overview, planView };
  };
  return {
    load: async (request) => {
      const [status, permissions, user] = await Promise.all([r.site.status(), r.site.permissions(), r.site.currentUser()]);
      if (status.state === 'notProvisioned') return { status, permissions, user, units: { value: [], problems: [] }, rights: { own: [], writable: [] } };
      const [units, rights] = await Promise.all([r.units.list(), r.unitPeople.myUnitRights()]);
      const data = { status, permissions, user, units, rights };
      return request === undefined ? data : { ...data, route: await loadRoute(request).catch(() => undefined) };
    },
    loadRoute,
    // The fakes' site always knows the person.
    remember: () => undefined
  };
}

/** A promise that never settles: a request still under way. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

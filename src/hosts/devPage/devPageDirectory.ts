/**
 * Who can sign in to the local page: the local tenant's twelve people (local/README.md, "Users and
 * permissions"), grouped for the page's user menu by their role on the site and the unit they work in, as
 * the demo content seeds it. The keys are what the local SharePoint reads from the `mrLocalUser` cookie:
 * the mailbox part of the e-mail address, or one of the old keys `editor`, `member` and `reader`.
 */
export interface DevPagePerson {
  key: string;
  name: string;
  /** An editor of the programme (MR Owners): may edit content and every unit. */
  editor?: boolean;
  /** The unit the person works in (named, or through a team), as the demo content seeds it; none for staff who only read. */
  unit?: string;
  /** The old key that still chooses the person. */
  alias?: 'editor' | 'member' | 'reader';
}

export const DEV_PAGE_PEOPLE: readonly DevPagePerson[] = [
  { key: 'eva.redaktor', name: 'Eva Redaktör', editor: true, alias: 'editor' },
  { key: 'omar.lindqvist', name: 'Omar Lindqvist', editor: true },
  { key: 'maja.medlem', name: 'Maja Medlem', unit: 'Nämndkansliet', alias: 'member' },
  { key: 'ali.hassan', name: 'Ali Hassan', unit: 'Nämndkansliet' },
  { key: 'sara.nilsson', name: 'Sara Nilsson', unit: 'Nämndkansliet' },
  { key: 'johan.berg', name: 'Johan Berg', unit: 'Avdelningen för individ- och familjeomsorg' },
  { key: 'fatima.ahmed', name: 'Fatima Ahmed', unit: 'Avdelningen för strategi och utveckling' },
  { key: 'nils.ek', name: 'Nils Ek', unit: 'Kulturnämnden' },
  { key: 'lars.lasare', name: 'Lars Läsare', alias: 'reader' },
  { key: 'karin.holm', name: 'Karin Holm' },
  { key: 'peter.svensson', name: 'Peter Svensson' },
  { key: 'lina.karlsson', name: 'Lina Karlsson' }
];

/** The Teams teams of the local tenant, by their Microsoft 365 group: Teams tells a tab its team's name. */
export const DEV_PAGE_TEAMS: Readonly<Record<string, string>> = {
  '11111111-2222-3333-4444-555555555555': 'Nämndkansliet Hägersten-Älvsjö',
  '22222222-3333-4444-5555-666666666666': 'Strategi och utveckling, Socialförvaltningen',
  '33333333-4444-5555-6666-777777777777': 'Kulturförvaltningen'
};

/** The person a key chooses, by mailbox or by an old key; undefined for anything else. */
export function devPagePerson(key: string | undefined): DevPagePerson | undefined {
  return DEV_PAGE_PEOPLE.find((person) => person.key === key || person.alias === key);
}

/**
 * The card's words, in the person's language, from the card's state: what the card view says and the
 * data its quick view template binds to. Pure functions, so that both views say the same.
 */
import type { CardData, CardUnit } from '../../app/card/loadCardData';
import type { CardLocalization } from '../../ui/loc/card';
import { CardState } from './cardState';
import { deepLink } from './deepLinks';

export interface CardText {
  header: string;
  body: string;
  /** Whether the quick view has something to show (the data loaded). */
  canShowMore: boolean;
  /** Whether trying again may help (not for a refusal). */
  canRetry: boolean;
}

function unitSummary(unit: CardUnit, data: CardData, { strings, fill, plural }: CardLocalization): string {
  return fill(strings.cardUnitSummary, {
    level: unit.level,
    total: unit.steps,
    remaining: plural(unit.remaining, strings.cardRemainingOne, strings.cardRemainingOther),
    updates: plural(data.newUpdates, strings.cardNewUpdatesOne, strings.cardNewUpdatesOther)
  });
}

/** The card view: the unit's standing, or for someone with no unit the goal and the latest update; or why not. */
export function cardText(state: CardState, siteUrl: string, localization: CardLocalization): CardText {
  const { strings, fill, text } = localization;
  if (state.status === 'loading') return { header: strings.loadingLabel, body: strings.appSubtitle, canShowMore: false, canRetry: false };
  if (state.status === 'failed') {
    const failure: Record<typeof state.kind, [string, string]> = {
      accessDenied: [strings.accessDeniedTitle, fill(strings.accessDeniedText, { site: siteUrl })],
      unreachable: [strings.unreachableTitle, fill(strings.unreachableText, { site: siteUrl })],
      notFound: [strings.notSetUpTitle, fill(strings.cardSiteMissing, { site: siteUrl })],
      invalid: [strings.unexpectedErrorTitle, fill(strings.unexpectedErrorText, { message: state.message })],
      unexpected: [strings.unexpectedErrorTitle, fill(strings.unexpectedErrorText, { message: state.message })]
    };
    const [header, body] = failure[state.kind];
    return { header, body, canShowMore: false, canRetry: state.kind !== 'accessDenied' };
  }
  const { data } = state;
  const [latest] = data.latestUpdates;
  // Illustrative figures are said to be so before anything else the card says.
  const marked = (body: string): string => (data.exampleData ? `${strings.exampleDataTitle}: ${body}` : body);
  if (data.unit !== undefined) {
    return {
      header: unitSummary(data.unit, data, localization),
      body: marked(fill(strings.cardUnitDetails, { unit: data.unit.name, period: String(data.period) })),
      canShowMore: true,
      canRetry: false
    };
  }
  return {
    header: data.goal ? text(data.goal.text) : strings.appSubtitle,
    body: marked(latest ? fill(strings.cardLatestUpdate, { title: latest.title }) : strings.updatesEmpty),
    canShowMore: true,
    canRetry: false
  };
}

export interface LinkData {
  title: string;
  url: string;
}

/** What the quick view template binds to: every text already in the person's language. */
export interface QuickViewData {
  title: string;
  /** "Exempeldata" on a demo site, said before the figures; empty otherwise. */
  exampleData: string;
  /** The unit's heading and line, or for someone with no unit the goal. */
  heading: string;
  intro: string;
  hasUnit: boolean;
  otherUnits: string;
  plansHeading: string;
  plans: (LinkData & { progress: string })[];
  nextStep: {
    heading: string;
    missingLabel: string;
    items: { text: string }[];
    more: string;
    ready: string;
    link: LinkData;
  };
  updatesHeading: string;
  updates: (LinkData & { date: string; badge: string })[];
  noUpdates: string;
  openApp: LinkData;
  /** Rows that could not be read, said as the app says it; empty when none. */
  skippedRows: string;
}

export function quickViewData(data: CardData, appPageUrl: string, localization: CardLocalization): QuickViewData {
  const { strings, fill, text, formatDate, plural } = localization;
  const link = (title: string, route: Parameters<typeof deepLink>[1]): LinkData => ({ title, url: deepLink(appPageUrl, route).url });
  const unit = data.unit;
  const next = unit?.nextStep;
  const stepTitle = next ? fill(strings.staircaseStepTitle, { step: next.step, title: text(next.title) }) : '';
  return {
    title: strings.appTitle,
    exampleData: data.exampleData ? strings.exampleDataTitle : '',
    heading: unit ? unitSummary(unit, data, localization) : data.goal ? text(data.goal.title) : strings.appSubtitle,
    intro: unit ? fill(strings.cardUnitDetails, { unit: unit.name, period: String(data.period) }) : data.goal ? text(data.goal.text) : strings.unitNoneOfYours,
    hasUnit: unit !== undefined,
    otherUnits: unit && unit.otherUnits.length > 0 ? fill(strings.cardOtherUnits, { unit: unit.name, others: unit.otherUnits.join(', ') }) : '',
    plansHeading: strings.plansHeading,
    plans: (unit?.plans ?? []).map((plan) => ({
      ...link(text(plan.title), { view: 'plans', item: plan.key }),
      progress: fill(strings.cardPlanProgress, { done: plan.done, total: plan.total })
    })),
    nextStep: {
      heading: next ? fill(strings.cardNextStepHeading, { step: stepTitle }) : strings.cardAllStepsFulfilled,
      missingLabel: next && !next.readyToAssess ? strings.cardNextStepMissing : '',
      items: (next?.missingItems ?? []).map((item) => ({ text: text(item) })),
      more: next && next.missingCount > next.missingItems.length ? fill(strings.cardNextStepMore, { count: next.missingCount - next.missingItems.length }) : '',
      ready: next?.readyToAssess ? strings.cardNextStepReady : '',
      link: link(strings.cardOpenStaircase, { view: 'staircase' })
    },
    updatesHeading: strings.updatesHeading,
    updates: data.latestUpdates.map((update) => ({
      ...link(update.title, { view: 'updates', item: String(update.id) }),
      date: update.publishedAt ? formatDate(update.publishedAt) : '',
      badge: update.isNew ? strings.updateNewBadge : ''
    })),
    noUpdates: data.latestUpdates.length === 0 ? strings.updatesEmpty : '',
    openApp: link(strings.cardOpenApp, { view: 'overview' }),
    skippedRows: data.skippedRows > 0 ? `${plural(data.skippedRows, strings.rowProblemsOne, strings.rowProblemsOther)}. ${strings.rowProblemsText}` : ''
  };
}

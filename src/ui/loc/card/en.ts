import type { CardOwnStrings, SharedWithAppStrings } from './sv';

/** The Viva Connections card's texts in English; the type keeps the keys exactly those of Swedish. */
export const sharedWithAppEn: SharedWithAppStrings = {
  appTitle: 'MR programme',
  appSubtitle: "The City of Stockholm's programme for human rights",
  exampleDataTitle: 'Example data',
  unitNoneOfYours: 'You do not belong to a unit in the MR programme. You can still look at any unit’s staircase, checklists and plans: choose a unit.',
  loadingLabel: 'Loading the MR programme …',
  retry: 'Try again',
  notSetUpTitle: 'The MR programme is not set up on this site',
  accessDeniedTitle: 'You do not have permission',
  accessDeniedText: 'You do not have permission to read the MR programme on {site}. Ask the owner of the site for read access.',
  unreachableTitle: 'The data site cannot be reached',
  unreachableText: 'The MR programme data on {site} could not be loaded. Check the connection and try again.',
  unexpectedErrorTitle: 'Something went wrong',
  unexpectedErrorText: 'The MR programme could not be read: {message}',
  rowProblemsOne: '1 row could not be read',
  rowProblemsOther: '{count} rows could not be read',
  rowProblemsText: 'These rows are not shown. An editor can correct them in the list in SharePoint.',
  plansHeading: 'Action plans',
  updatesHeading: 'Latest updates',
  updatesEmpty: 'No updates have been published yet.',
  propertyPaneDescription: 'Choose where the MR programme data lives and what the web part shows.',
  propertyGroupData: 'Data',
  propertyDataSiteUrl: 'Data site address',
  propertyDataSiteUrlDescription: 'Leave empty to use this site.',
  propertyDataSiteUrlInvalid: 'Enter an address starting with https://, for example https://stockholm.sharepoint.com/sites/mr.',
  staircaseStepTitle: 'Step {step}: {title}',
  updateNewBadge: 'New'
};

export const cardOwnEn: CardOwnStrings = {
  cardUnitSummary: 'Your unit: level {level} of {total} · {remaining} · {updates}',
  cardRemainingOne: '{count} left to do',
  cardRemainingOther: '{count} left to do',
  cardNewUpdatesOne: '{count} new update',
  cardNewUpdatesOther: '{count} new updates',
  cardUnitDetails: '{unit}, period {period}',
  cardLatestUpdate: 'Latest update: {title}',
  cardShowMore: 'Show more',
  cardOpenApp: 'Open the MR programme',
  cardPlanProgress: '{done} of {total} done',
  cardNextStepHeading: 'Towards the next step: {step}',
  cardNextStepMissing: 'Left to tick off for the step:',
  cardNextStepMore: 'and {count} more',
  cardNextStepReady: 'No checklist items are missing for the step. Assess it on the staircase when it is fulfilled.',
  cardAllStepsFulfilled: 'The unit has reached every step of the staircase.',
  cardOpenStaircase: 'Open the staircase',
  cardOtherUnits: 'The card shows {unit}. You also belong to {others}: open the MR programme to see them.',
  cardSiteMissing: "The MR programme's lists are not on {site}. Check the data site in the card's settings.",
  cardPropertyAppPageUrl: 'Page with the MR programme',
  cardPropertyAppPageUrlDescription: "The address of the SharePoint page that holds the MR programme web part. The card's links open it. Empty: the links open the MR programme in Teams."
};

/**
 * The Viva Connections card's texts in Swedish, so that the card's bundle carries these and not the whole
 * app's. First those the app shows too (the app's table, ../sv.ts, spreads them), then the card's own,
 * which the web part's script does not carry.
 */
export const sharedWithAppSv = {
  appTitle: 'MR-programmet',
  appSubtitle: 'Stockholms stads program för de mänskliga rättigheterna',
  exampleDataTitle: 'Exempeldata',
  unitNoneOfYours: 'Du hör inte till någon enhet i MR-programmet. Du kan ändå se varje enhets trappa, checklistor och planer: välj en enhet.',
  loadingLabel: 'Hämtar MR-programmet …',
  retry: 'Försök igen',
  notSetUpTitle: 'MR-programmet är inte konfigurerat på den här webbplatsen',
  accessDeniedTitle: 'Du har inte behörighet',
  accessDeniedText: 'Du har inte behörighet att läsa MR-programmet på {site}. Be ägaren till webbplatsen om läsbehörighet.',
  unreachableTitle: 'Datawebbplatsen går inte att nå',
  unreachableText: 'MR-programmets data på {site} gick inte att hämta. Kontrollera anslutningen och försök igen.',
  unexpectedErrorTitle: 'Något gick fel',
  unexpectedErrorText: 'MR-programmet kunde inte läsas: {message}',
  rowProblemsOne: '1 rad kunde inte läsas',
  rowProblemsOther: '{count} rader kunde inte läsas',
  rowProblemsText: 'Raderna visas inte. En redaktör kan rätta dem i listan i SharePoint.',
  plansHeading: 'Handlingsplaner',
  updatesHeading: 'Senaste uppdateringarna',
  updatesEmpty: 'Inga uppdateringar har publicerats än.',
  propertyPaneDescription: 'Välj var MR-programmets data finns och vad webbdelen visar.',
  propertyGroupData: 'Data',
  propertyDataSiteUrl: 'Datawebbplatsens adress',
  propertyDataSiteUrlDescription: 'Lämna tomt för att använda den här webbplatsen.',
  propertyDataSiteUrlInvalid: 'Ange en adress som börjar med https://, till exempel https://stockholm.sharepoint.com/sites/mr.',
  staircaseStepTitle: 'Steg {step}: {title}',
  updateNewBadge: 'Ny'
};

/** The card's own texts: a plain table of their own (not spread here), so the web part's bundle drops them. */
export const cardOwnSv = {
  cardUnitSummary: 'Din enhet: nivå {level} av {total} · {remaining} · {updates}',
  cardRemainingOne: '{count} kvar att göra',
  cardRemainingOther: '{count} kvar att göra',
  cardNewUpdatesOne: '{count} ny uppdatering',
  cardNewUpdatesOther: '{count} nya uppdateringar',
  cardUnitDetails: '{unit}, period {period}',
  cardLatestUpdate: 'Senaste uppdateringen: {title}',
  cardShowMore: 'Visa mer',
  cardOpenApp: 'Öppna MR-programmet',
  cardPlanProgress: '{done} av {total} klara',
  cardNextStepHeading: 'Till nästa steg: {step}',
  cardNextStepMissing: 'Kvar att bocka av för steget:',
  cardNextStepMore: 'och {count} till',
  cardNextStepReady: 'Inga punkter i checklistorna saknas för steget. Bedöm det i trappan när det är uppfyllt.',
  cardAllStepsFulfilled: 'Enheten har nått alla steg i trappan.',
  cardOpenStaircase: 'Öppna trappan',
  cardOtherUnits: 'Kortet visar {unit}. Du hör också till {others}: öppna MR-programmet för att se dem.',
  cardSiteMissing: 'MR-programmets listor finns inte på {site}. Kontrollera datawebbplatsen i kortets inställningar.',
  cardPropertyAppPageUrl: 'Sidan med MR-programmet',
  cardPropertyAppPageUrlDescription: 'Adressen till SharePoint-sidan där webbdelen MR-programmet finns. Kortets länkar öppnar den. Tomt: länkarna öppnar MR-programmet i Teams.'
};

export type SharedWithAppStrings = { readonly [Key in keyof typeof sharedWithAppSv]: string };
export type CardOwnStrings = { readonly [Key in keyof typeof cardOwnSv]: string };
export type CardStrings = SharedWithAppStrings & CardOwnStrings;

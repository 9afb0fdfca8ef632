import type { CardData } from '../../app/card/loadCardData';
import type { DataErrorKind } from '../../app/contracts';

/** What the data site said, or why it said nothing. */
export type CardState =
  | { status: 'loading' }
  | { status: 'ready'; data: CardData }
  | { status: 'failed'; kind: DataErrorKind; message: string };

/** The card's persisted properties, set in its property pane. */
export interface MrCardProperties {
  /** The site that holds the lists; empty means the site of the dashboard. */
  dataSiteUrl: string;
  /** The SharePoint page with the MR-programmet web part; empty means the links open the app in Teams. */
  appPageUrl: string;
}

export const QUICK_VIEW_ID = 'MR_PROGRAMME_QUICK_VIEW';
export const CARD_VIEW_ID = 'MR_PROGRAMME_CARD_VIEW';
/** The card view's retry button: a Submit action with this id. */
export const RETRY_ACTION = 'retry';

import * as React from 'react';
import { Action, AdaptiveCard, HostConfig, OpenUrlAction, SubmitAction } from 'adaptivecards';
import MrProgrammeCard from '../../card/MrProgrammeCardAdaptiveCardExtension';
import type { Strings } from '../../../ui';
import type { CardSize } from './aceStandIn';
import { runCard, RunningCard, RuntimeExtension } from './cardRuntime';
import { DashboardTheme, dashboardPalette, hostConfigFor } from './hostConfigs';

export interface VivaConnectionsDashboardProps {
  /** The local SharePoint site: here the dashboard's own site holds the lists. */
  dataSiteUrl: string;
  locale: string;
  /** The page's texts in the locale's language, as the page has loaded them. */
  strings: Strings;
  theme: DashboardTheme;
  /** The local page in SharePoint mode: the card's deep links open the app there. */
  appPageUrl: string;
  /** Who is signed in: each person has a card cache of their own. */
  user: string;
}

const SIZES: readonly CardSize[] = ['Medium', 'Large'];

/** Draws an Adaptive Card with the `adaptivecards` renderer into a container, and hands its actions on. */
function AdaptiveCardView({ card, theme, onAction }: { card: object; theme: DashboardTheme; onAction: (action: Action) => void }): React.ReactElement {
  const container = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const adaptiveCard = new AdaptiveCard();
    adaptiveCard.hostConfig = new HostConfig(hostConfigFor(theme));
    adaptiveCard.onExecuteAction = onAction;
    adaptiveCard.parse(card);
    const rendered = adaptiveCard.render();
    const element = container.current;
    if (element && rendered) element.replaceChildren(rendered);
  }, [card, theme, onAction]);
  return <div ref={container} />;
}

/**
 * The local page's Viva Connections host: a dashboard with the real MR-programmet card in both sizes, run
 * by the card runtime on the SPFx stand-in, each drawn by the Adaptive Cards renderer; the quick view opens
 * below the cards, as a panel the person closes again. Links go where the card sends them.
 */
export default function VivaConnectionsDashboard({ dataSiteUrl, locale, strings, theme, appPageUrl, user }: VivaConnectionsDashboardProps): React.ReactElement {
  const [cards, setCards] = React.useState<Partial<Record<CardSize, RunningCard>>>({});
  const [, setVersion] = React.useState(0);
  const [open, setOpen] = React.useState<CardSize>();
  const palette = dashboardPalette(theme);

  React.useEffect(() => {
    let disposed = false;
    setCards({});
    setOpen(undefined);
    for (const size of SIZES) {
      runCard(new MrProgrammeCard() as unknown as RuntimeExtension, {
        context: { pageContext: { web: { absoluteUrl: dataSiteUrl }, cultureInfo: { currentUICultureName: locale }, legacyPageContext: {} }, sdks: {} },
        properties: { dataSiteUrl: '', appPageUrl },
        cardSize: size,
        storage: window.localStorage,
        cacheKey: `mr-local-card-cache:${size}:${locale}:${user}`,
        onRender: () => !disposed && setVersion((version) => version + 1)
      }).then(
        (card) => !disposed && setCards((current) => ({ ...current, [size]: card })),
        (error: unknown) => console.error(error)
      );
    }
    return () => {
      disposed = true;
    };
  }, [dataSiteUrl, locale, appPageUrl, user]);

  const actionOf = (size: CardSize): ((action: Action) => void) => (action) => {
    if (action instanceof OpenUrlAction && action.url) window.location.assign(action.url);
    else if (action instanceof SubmitAction) {
      cards[size]?.pressCardButton((action.data as { button: number }).button);
      if (cards[size]?.quickView()) setOpen(size);
    }
  };
  const quickView = open && cards[open]?.quickView();

  return (
    <main style={{ flexGrow: 1, padding: '24px 32px', backgroundColor: palette.background === '#ffffff' ? '#f5f5f5' : palette.background, color: palette.text }}>
      <h1 style={{ margin: '0 0 16px', fontSize: '24px', fontWeight: 600 }}>{strings.devPageVivaTitle}</h1>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '16px', alignItems: 'flex-start' }}>
        {SIZES.map((size) => {
          const card = cards[size];
          return (
            <section
              key={size}
              aria-label={size === 'Medium' ? strings.devPageVivaMedium : strings.devPageVivaLarge}
              style={{ width: size === 'Medium' ? '232px' : '488px', border: `1px solid ${palette.subtle}`, borderRadius: '8px', overflow: 'hidden' }}
            >
              {card ? <AdaptiveCardView card={card.cardView()} theme={theme} onAction={actionOf(size)} /> : <p style={{ padding: '12px' }}>{strings.loadingLabel}</p>}
            </section>
          );
        })}
      </div>
      {open && quickView && (
        <section aria-labelledby="mr-quick-view-title" style={{ marginTop: '24px', maxWidth: '488px', border: `1px solid ${palette.subtle}`, borderRadius: '8px', overflow: 'hidden' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '8px 12px', backgroundColor: palette.background }}>
            <h2 id="mr-quick-view-title" style={{ margin: 0, fontSize: '16px' }}>
              {strings.appTitle}
            </h2>
            <button
              type="button"
              onClick={() => {
                cards[open]?.closeQuickView();
                setOpen(undefined);
              }}
            >
              {strings.devPageVivaClose}
            </button>
          </div>
          <AdaptiveCardView card={quickView} theme={theme} onAction={actionOf(open)} />
        </section>
      )}
    </main>
  );
}

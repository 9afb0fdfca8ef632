/** @jest-environment jsdom */
import { whenViewPainted } from '../../../src/ui/App/whenViewPainted';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function panelWith(html: string): HTMLElement {
  const panel = document.createElement('div');
  panel.innerHTML = html;
  document.body.append(panel);
  return panel;
}

describe('whenViewPainted', () => {
  afterEach(() => document.body.replaceChildren());

  it('waits while the panel is empty or busy, and resolves once it shows the view’s content', async () => {
    const panel = panelWith('<div aria-busy="true">…</div>');
    let painted = false;
    void whenViewPainted(() => panel, 5_000).then(() => (painted = true));
    await tick(100);
    expect(painted).toBe(false);
    panel.innerHTML = '<h2>Handlingsplan</h2><input type="checkbox">';
    await tick(100);
    expect(painted).toBe(true);
  });

  it('waits for a panel that is not there yet', async () => {
    const page: { panel?: HTMLElement } = {};
    let painted = false;
    void whenViewPainted(() => page.panel, 5_000).then(() => (painted = true));
    await tick(60);
    expect(painted).toBe(false);
    page.panel = panelWith('<p>Innehåll</p>');
    await tick(100);
    expect(painted).toBe(true);
  });

  it('gives up after its cap, so a view that stays busy never holds the batch back for long', async () => {
    const panel = panelWith('<div aria-busy="true">…</div>');
    let painted = false;
    void whenViewPainted(() => panel, 50).then(() => (painted = true));
    await tick(150);
    expect(painted).toBe(true);
  });
});

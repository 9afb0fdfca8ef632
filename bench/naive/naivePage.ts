/**
 * The sample approach as a page: served next to the host page (bench-naive.html), it loads the data a
 * Teams tab needs for a unit's checklist with naiveFirstRender, then draws the checklist as plain
 * checkboxes. No React, no Fluent UI: the comparison leans in the sample's favour.
 *
 *   /bench-naive.html?user=member&team=<group id>&plan=<key>&period=<year>
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { naiveFirstRender } from './naiveLoader';

const params = new URLSearchParams(window.location.search);
document.cookie = `mrLocalUser=${params.get('user') ?? 'member'}; path=/; SameSite=Lax`;
const siteUrl = `${window.location.origin}/sites/mr`;
const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
const root = document.getElementById('root') as HTMLElement;

naiveFirstRender(sp, params.get('team') ?? '', params.get('plan') ?? '', Number(params.get('period'))).then(
  (view) => {
    const done = new Set(view.ticks.filter((tick) => tick.Done === true).map((tick) => tick.ChecklistItemId));
    const list = document.createElement('ul');
    for (const item of view.items) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = done.has(item.Id);
      label.append(box, ` ${String(item.Title)}`);
      const entry = document.createElement('li');
      entry.append(label);
      list.append(entry);
    }
    root.replaceChildren(list);
  },
  (error: unknown) => {
    root.textContent = `failed: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('data-bench-error', 'true');
  }
);

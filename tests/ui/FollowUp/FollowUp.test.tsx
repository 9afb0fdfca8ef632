/** @jest-environment jsdom */
jest.mock('../../../src/ui/FollowUp/export/download');
import { toIsoDate } from '../../../src/domain/dates';
import { TextEncoder } from 'node:util';
import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import type { MrRepositories } from '../../../src/app';
import { buildFollowUpReport, FollowUpFilter } from '../../../src/domain/followUp';
import { FollowUp } from '../../../src/ui/FollowUp';
import { CSV_MIME, toCsv } from '../../../src/ui/FollowUp/export/csv';
import { downloadFile } from '../../../src/ui/FollowUp/export/download';
import { toXlsx, XLSX_MIME } from '../../../src/ui/FollowUp/export/xlsx';
import { DOCX_MIME } from '../../../src/ui/FollowUp/report/reportDocx';
import { loadFollowUp } from '../../../src/app/followUp/loadFollowUp';
import { fakeRepositories, PERIOD, pending, UNITS } from '../fakes';
import { siteWithTicks } from './followUpSite';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

const download = jest.mocked(downloadFile);

// Every browser has TextEncoder, which the Word writer uses; jsdom lacks it.
Object.assign(globalThis, { TextEncoder });


/** The report the view should show, built here from the same site. */
async function expectedReport(repositories: MrRepositories, filter: FollowUpFilter = {}): Promise<ReturnType<typeof buildFollowUpReport>> {
  const { value } = await loadFollowUp(repositories, { period: PERIOD });
  return buildFollowUpReport({ ...value, filter });
}

/*
 * Sections and tables are found by their visible heading and caption: role queries over the whole
 * follow-up (every unit a row, every chart) would compute styles for each element and take seconds.
 */
async function findSection(heading: string): Promise<HTMLElement> {
  return (await screen.findByText(heading, { selector: 'h2' })).closest('section') as HTMLElement;
}

function tableCaptioned(caption: string, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByText(caption, { selector: 'caption' }).closest('table') as HTMLElement;
}

/** Shows a chart's table as a person would. */
function showTable(section: HTMLElement, showLabel: string): void {
  fireEvent.click(within(section).getByText(showLabel).closest('button') as HTMLElement);
}

/** The cells of the row a row header (`th scope="row"`) names. */
function rowOf(table: HTMLElement, name: string): string[] {
  const header = Array.from(table.querySelectorAll('th[scope="row"]')).find((th) => th.textContent === name);
  return Array.from(header?.closest('tr')?.querySelectorAll('td') ?? [], (cell) => cell.textContent ?? '');
}

function rowNames(table: HTMLElement): string[] {
  return Array.from(table.querySelectorAll('th[scope="row"]'), (header) => header.textContent ?? '');
}

function columnNames(table: HTMLElement): string[] {
  return Array.from(table.querySelectorAll('th[scope="col"]'), (header) => header.textContent ?? '');
}

afterEach(() => download.mockReset());

describe.each(LANGUAGES)('FollowUp (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const period = String(PERIOD);
  const comparedWith = String(PERIOD - 2);

  it('shows how far the loading has come while the data is on its way', async () => {
    const repositories = fakeRepositories();
    repositories.followUp = { ...repositories.followUp, basisForPeriods: () => pending() };
    renderInProviders(language, <FollowUp {...viewProps({ repositories })} />);
    expect(await screen.findByText(fill(strings.followUpLoading, { done: 0, total: 1 }))).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.queryByRole('button', { name: strings.followUpExportCsv })).toBeNull();
  });

  it('sums up the period, with the change since the one before written out', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    const summary = await findSection(fill(strings.followUpSummaryHeading, { period }));
    const figures = Array.from(summary.querySelectorAll('dd'), (value) => value.textContent);
    // 4 units × 3 items = 12 possible; 2 done (16.67 %, shown 16.7), 1 the year before (8.33 %, shown 8.3): the change is the shown figures' difference.
    const percent = (value: string): string => fill(strings.followUpPercent, { value });
    const decimal = language === 'sv' ? ',' : '.';
    expect(figures).toEqual([
      '4',
      '2',
      '2',
      fill(strings.followUpShareOf, { percent: percent(`16${decimal}7`), done: 2, total: 12 }),
      fill(strings.followUpPoints, { value: `+8${decimal}4` }),
      '1'
    ]);
  });

  it('draws the levels as a chart that says what it shows, with the same figures as a table', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    const section = await findSection(strings.followUpLevelsHeading);
    const chart = within(section).getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(fill(strings.followUpLevelsChartItem, { level: 3, count: 1, previousCount: 0, comparedWith }));
    expect(chart.getAttribute('aria-label')).toContain(fill(strings.followUpLevelsChartItem, { level: 0, count: 2, previousCount: 4, comparedWith }));

    const toggle = within(section).getByText(strings.followUpShowTable).closest('button') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe(strings.followUpHideTable);
    const table = tableCaptioned(fill(strings.followUpLevelsTableCaption, { period, comparedWith }), section);
    expect(document.getElementById(toggle.getAttribute('aria-controls') as string)?.contains(table)).toBe(true);
    expect(columnNames(table)).toEqual([
      strings.followUpColumnLevel,
      fill(strings.followUpColumnUnitsIn, { period }),
      fill(strings.followUpColumnUnitsIn, { period: comparedWith }),
      strings.followUpColumnChange
    ]);
    expect(rowNames(table)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    // Swedish writes a minus sign, English a hyphen-minus.
    expect(rowOf(table, '0')).toEqual(['2', '4', language === 'sv' ? '−2' : '-2']);
    expect(rowOf(table, '3')).toEqual(['1', '0', '+1']);
  });

  it('shows completion per plan and per focus area as bars with the shares written on them', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    const plans = await findSection(strings.followUpPlansHeading);
    const decimal = language === 'sv' ? ',' : '.';
    const racism = localization(language).text({ sv: 'Att motverka rasism', en: 'Countering racism' });
    // Plan 1 has 2 items: unit 3 did one of them, so 1 of 8.
    const share = fill(strings.followUpPercent, { value: `12${decimal}5` });
    expect(within(plans).getByRole('img').getAttribute('aria-label')).toContain(`${racism}: ${share}`);
    showTable(plans, strings.followUpShowTable);
    const table = tableCaptioned(fill(strings.followUpPlansCaption, { period, comparedWith }), plans);
    expect(rowOf(table, racism)).toEqual(['2', fill(strings.followUpDoneOfPossible, { done: 1, total: 8 }), share, share, fill(strings.followUpPoints, { value: `0${decimal}0` })]);

    const areas = await findSection(strings.followUpFocusAreasHeading);
    showTable(areas, strings.followUpShowTable);
    const areaTable = tableCaptioned(fill(strings.followUpFocusAreasCaption, { period, comparedWith }), areas);
    expect(rowNames(areaTable)).toEqual(
      language === 'sv' ? ['Kunskap och information', 'Välfärd och service', 'Delaktighet och inflytande'] : ['Knowledge and information', 'Welfare and service', 'Participation and influence']
    );
  });

  it('lists the units that recorded nothing, and every unit with its level and completion', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    await findSection(fill(strings.followUpWithoutActivityHeading, { period }));
    const silent = tableCaptioned(fill(strings.followUpWithoutActivityHeading, { period }));
    expect(rowNames(silent)).toEqual(['Hägersten-Älvsjö stadsdelsnämnd', 'Socialnämnden']);
    const units = tableCaptioned(fill(strings.followUpUnitsCaption, { period, comparedWith }));
    const decimal = language === 'sv' ? ',' : '.';
    expect(rowOf(units, 'Enheten för barn och unga')).toEqual([
      strings.unitTypeTeam,
      'Hägersten-Älvsjö stadsdelsnämnd',
      strings.followUpYes,
      '3',
      '+3',
      fill(strings.followUpPercent, { value: `66${decimal}7` }),
      fill(strings.followUpPoints, { value: `+33${decimal}4` }),
      '1'
    ]);
  });

  it('counts the overdue items per unit and per plan', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    const section = await findSection(strings.followUpOverdueHeading);
    const today = localization(language).formatDate(toIsoDate(new Date()));
    const table = tableCaptioned(fill(strings.followUpOverdueCaption, { date: today }), section);
    expect(columnNames(table)).toEqual([strings.followUpColumnPlan, fill(strings.followUpColumnOverdue, { date: today })]);
    expect(rowOf(table, localization(language).text({ sv: 'Att motverka rasism', en: 'Countering racism' }))).toEqual(['1']);
    const units = tableCaptioned(fill(strings.followUpUnitsCaption, { period, comparedWith }));
    expect(rowOf(units, 'Hägersten-Älvsjö stadsdelsnämnd').at(-1)).toBe('0');
  });

  it('narrows the follow-up to unit types and to a part of the city', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    const caption = fill(strings.followUpUnitsCaption, { period, comparedWith });
    const summary = await findSection(fill(strings.followUpSummaryHeading, { period }));
    expect(summary.textContent).toContain(fill(strings.followUpSelection, { parent: strings.followUpParentAll, types: strings.followUpSelectionAllTypes }));
    fireEvent.click(screen.getByLabelText(strings.unitTypeCommittee));
    fireEvent.click(screen.getByLabelText(strings.unitTypeTeam));
    expect(rowNames(tableCaptioned(caption))).toEqual(['Hägersten-Älvsjö stadsdelsnämnd', 'Avdelningen för strategi och utveckling']);

    fireEvent.click(screen.getByLabelText(strings.unitTypeTeam));
    fireEvent.change(screen.getByLabelText(strings.followUpParentLabel), { target: { value: String(UNITS[1].id) } });
    expect(rowNames(tableCaptioned(caption))).toEqual(['Hägersten-Älvsjö stadsdelsnämnd', 'Enheten för barn och unga']);
    // The selection is written out above the figures, so that a printed page says what it covers.
    const typesNow = [strings.unitTypeExecutiveBoard, strings.unitTypeDistrictCommittee, strings.unitTypeCompanyBoard, strings.unitTypeAdministration, strings.unitTypeTeam].join(', ');
    expect(summary.textContent).toContain(fill(strings.followUpSelection, { parent: 'Hägersten-Älvsjö stadsdelsnämnd', types: typesNow }));
    expect(summary.querySelector('dd')?.textContent).toBe('2');
    // Every unit that may hold others is a part of the city to choose, in Swedish order (Ä after A and H): not only those with units under them.
    const parts = [...(screen.getByLabelText(strings.followUpParentLabel) as HTMLSelectElement).options].map((option) => option.textContent);
    expect(parts.slice(1)).toEqual(['Avdelningen för strategi och utveckling', 'Hägersten-Älvsjö stadsdelsnämnd', 'Socialnämnden']);
  });

  it('keeps the selection in the link, and a link opens with its selection', async () => {
    const repositories = await siteWithTicks();
    const navigate = jest.fn();
    const first = renderInProviders(language, <FollowUp {...viewProps({ repositories, navigate, route: { view: 'followUp', unit: 3 } })} />);
    await findSection(fill(strings.followUpSummaryHeading, { period }));
    expect(navigate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText(strings.unitTypeTeam));
    fireEvent.change(screen.getByLabelText(strings.followUpParentLabel), { target: { value: String(UNITS[1].id) } });
    fireEvent.change(screen.getByLabelText(strings.followUpComparedWithLabel), { target: { value: String(PERIOD - 1) } });
    const link = navigate.mock.calls.at(-1)?.[0];
    expect(link).toEqual({ view: 'followUp', unit: 3, item: `c${PERIOD - 1}-texecutiveBoard_committee_districtCommittee_companyBoard_administration-u${UNITS[1].id}` });
    first.unmount();

    renderInProviders(language, <FollowUp {...viewProps({ repositories, route: link })} />);
    const summary = await findSection(fill(strings.followUpSummaryHeading, { period }));
    await screen.findByText(fill(strings.followUpFigureChange, { comparedWith: String(PERIOD - 1) }));
    expect((screen.getByLabelText(strings.unitTypeTeam) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(strings.followUpParentLabel) as HTMLSelectElement).value).toBe(String(UNITS[1].id));
    expect(summary.textContent).toContain(
      fill(strings.followUpSelection, {
        parent: 'Hägersten-Älvsjö stadsdelsnämnd',
        types: [strings.unitTypeExecutiveBoard, strings.unitTypeCommittee, strings.unitTypeDistrictCommittee, strings.unitTypeCompanyBoard, strings.unitTypeAdministration].join(', ')
      })
    );
  });

  it('sorts the units by any column, in Swedish order, and says how it is sorted', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    await findSection(fill(strings.followUpSummaryHeading, { period }));
    const table = tableCaptioned(fill(strings.followUpUnitsCaption, { period, comparedWith }));
    const header = (name: string): HTMLElement => within(table).getByText(name, { selector: 'button' });
    fireEvent.click(header(strings.followUpColumnUnit));
    expect(rowNames(table)).toEqual(['Avdelningen för strategi och utveckling', 'Enheten för barn och unga', 'Hägersten-Älvsjö stadsdelsnämnd', 'Socialnämnden']);
    expect(header(strings.followUpColumnUnit).closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(header(strings.followUpColumnUnit));
    expect(rowNames(table)[0]).toBe('Socialnämnden');
    expect(header(strings.followUpColumnUnit).closest('th')?.getAttribute('aria-sort')).toBe('descending');
    // By share done: the unit that ticked most comes last going up.
    const share = fill(strings.followUpColumnShare, { period });
    fireEvent.click(header(share));
    expect(rowNames(table).at(-1)).toBe('Enheten för barn och unga');
    expect(header(strings.followUpColumnUnit).closest('th')?.getAttribute('aria-sort')).toBe('none');
  });

  it('keeps the last unit type, so that the follow-up never covers no units at all', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    await findSection(fill(strings.followUpSummaryHeading, { period }));
    for (const type of [strings.unitTypeExecutiveBoard, strings.unitTypeCommittee, strings.unitTypeDistrictCommittee, strings.unitTypeCompanyBoard, strings.unitTypeAdministration]) {
      fireEvent.click(screen.getByLabelText(type));
    }
    const team = screen.getByLabelText(strings.unitTypeTeam) as HTMLInputElement;
    expect(team.checked).toBe(true);
    expect(team.disabled).toBe(true);
  });

  it('loads another period when one is chosen, compared with the previous report two years before it', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks(), period: PERIOD + 1 })} />);
    expect(await findSection(fill(strings.followUpSummaryHeading, { period: String(PERIOD + 1) }))).toBeTruthy();
    expect((screen.getByLabelText(strings.followUpComparedWithLabel) as HTMLSelectElement).value).toBe(String(PERIOD - 1));
    fireEvent.change(screen.getByLabelText(strings.followUpPeriodLabel), { target: { value: period } });
    expect(await findSection(fill(strings.followUpSummaryHeading, { period }))).toBeTruthy();
    expect((screen.getByLabelText(strings.followUpComparedWithLabel) as HTMLSelectElement).value).toBe(comparedWith);
  });

  it('compares with any earlier period the analyst chooses', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    const summary = await findSection(fill(strings.followUpSummaryHeading, { period }));
    const decimal = language === 'sv' ? ',' : '.';
    expect(summary.querySelectorAll('dd')[4].textContent).toBe(fill(strings.followUpPoints, { value: `+8${decimal}4` }));
    fireEvent.change(screen.getByLabelText(strings.followUpComparedWithLabel), { target: { value: String(PERIOD - 1) } });
    // Nothing was ticked in 2024: the whole 16.7 % (2 of 12, rounded half up) is the change.
    const compared = await findSection(fill(strings.followUpSummaryHeading, { period }));
    await screen.findByText(fill(strings.followUpFigureChange, { comparedWith: String(PERIOD - 1) }));
    expect(compared.querySelectorAll('dd')[4].textContent).toBe(fill(strings.followUpPoints, { value: `+16${decimal}7` }));
  });

  it('recounts and compares on request, and says that every summary agreed', async () => {
    const repositories = await siteWithTicks();
    const recount = jest.spyOn(repositories.followUp, 'ticksForPeriods');
    renderInProviders(language, <FollowUp {...viewProps({ repositories })} />);
    await findSection(fill(strings.followUpSummaryHeading, { period }));
    expect(recount).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: strings.followUpVerify }));
    expect(await screen.findByText(fill(strings.followUpVerifiedAgree, { rows: 4, period, comparedWith }))).toBeTruthy();
    expect(recount).toHaveBeenCalledWith([PERIOD, PERIOD - 2]);
  });

  it('shows every unit whose summary drifted from its rows, and that it was repaired', async () => {
    const repositories = await siteWithTicks();
    const basis = repositories.followUp.basisForPeriods.bind(repositories.followUp);
    // Unit 3's 2025 summary lost item 401: the summaries say 1 done where the rows say 2.
    repositories.followUp.basisForPeriods = async (periods) => {
      const read = await basis(periods);
      const summaries = read.value.summaries.map((s) => (s.unitId === 3 && s.period === PERIOD ? { ...s, entries: s.entries.filter((e) => e.itemId !== 401) } : s));
      return { ...read, value: { ...read.value, summaries } };
    };
    const repair = jest.spyOn(repositories.followUp, 'repairSummaries');
    renderInProviders(language, <FollowUp {...viewProps({ repositories })} />);
    const summary = await findSection(fill(strings.followUpSummaryHeading, { period }));
    expect(summary.querySelectorAll('dd')[3].textContent).toContain('(1 ');
    fireEvent.click(screen.getByRole('button', { name: strings.followUpVerify }));
    expect(await screen.findByText(fill(strings.followUpDriftCaption, {}), { selector: 'caption' })).toBeTruthy();
    expect(rowOf(tableCaptioned(strings.followUpDriftCaption), UNITS[2].name)).toEqual([period, '0', '1', '1']);
    expect(repair).toHaveBeenCalledWith([expect.objectContaining({ unitId: 3, period: PERIOD, repairedBy: 'recount' })]);
    // The figures are the recount's.
    const recounted = await findSection(fill(strings.followUpSummaryHeading, { period }));
    expect(recounted.querySelectorAll('dd')[3].textContent).toContain('(2 ');
  });

  it('downloads the report on screen, filter included, as CSV and as a workbook', async () => {
    const repositories = await siteWithTicks();
    renderInProviders(language, <FollowUp {...viewProps({ repositories })} />);
    await findSection(fill(strings.followUpSummaryHeading, { period }));
    fireEvent.change(screen.getByLabelText(strings.followUpParentLabel), { target: { value: String(UNITS[1].id) } });
    const expected = await expectedReport(repositories, { types: ['executiveBoard', 'committee', 'districtCommittee', 'companyBoard', 'administration', 'team'], parentId: UNITS[1].id });

    const controls = await findSection(strings.viewFollowUp);
    fireEvent.click(within(controls).getByRole('button', { name: strings.followUpExportCsv }));
    expect(download).toHaveBeenCalledWith(toCsv(expected, localization(language)), language === 'sv' ? 'mr-uppfoljning-2025-hagersten-alvsjo-stadsdelsnamnd.csv' : 'mr-follow-up-2025-hagersten-alvsjo-stadsdelsnamnd.csv', CSV_MIME);

    await act(async () => {
      fireEvent.click(within(controls).getByRole('button', { name: strings.followUpExportXlsx }));
    });
    expect(download).toHaveBeenCalledTimes(2);
    const [content, fileName, mime] = download.mock.calls[1];
    expect([fileName, mime]).toEqual([language === 'sv' ? 'mr-uppfoljning-2025-hagersten-alvsjo-stadsdelsnamnd.xlsx' : 'mr-follow-up-2025-hagersten-alvsjo-stadsdelsnamnd.xlsx', XLSX_MIME]);
    // The same parts with the same XML as the workbook made from the expected report (only the zip's timestamps may differ).
    const parts = (zip: Uint8Array): Record<string, string> =>
      Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]));
    expect(parts(content as Uint8Array)).toEqual(parts(toXlsx(expected, localization(language))));
  });

  it('recounts before it writes the report draft, and hands over the Word file', async () => {
    const repositories = await siteWithTicks();
    const recount = jest.spyOn(repositories.followUp, 'ticksForPeriods');
    renderInProviders(language, <FollowUp {...viewProps({ repositories })} />);
    await findSection(fill(strings.followUpSummaryHeading, { period }));
    await act(async () => {
      fireEvent.click(within(await findSection(strings.viewFollowUp)).getByRole('button', { name: strings.followUpExportReport }));
    });
    await screen.findByText(fill(strings.followUpVerifiedAgree, { rows: 4, period, comparedWith }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1), { timeout: 10000 });
    expect(recount).toHaveBeenCalledTimes(1);
    const [content, fileName, mime] = download.mock.calls[0];
    expect([fileName, mime]).toEqual([language === 'sv' ? 'mr-rapportutkast-2025-2023.docx' : 'mr-report-draft-2025-2023.docx', DOCX_MIME]);
    expect(strFromU8(unzipSync(content as Uint8Array)['word/document.xml'])).toContain(UNITS[2].name);
  });

  it('prints the page', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderInProviders(language, <FollowUp {...viewProps({ repositories: await siteWithTicks() })} />);
    await findSection(fill(strings.followUpSummaryHeading, { period }));
    fireEvent.click(within(await findSection(strings.viewFollowUp)).getByRole('button', { name: strings.followUpPrint }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says so when there are no units yet', async () => {
    renderInProviders(language, <FollowUp {...viewProps({ repositories: fakeRepositories({ units: [] }) })} />);
    expect(await screen.findByText(strings.followUpUnitsEmpty)).toBeTruthy();
    expect(screen.queryByRole('button', { name: strings.followUpExportCsv })).toBeNull();
  });
});

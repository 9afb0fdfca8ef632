/** @jest-environment jsdom */
import { downloadFile } from '../../../src/ui/FollowUp/export/download';

describe('downloadFile', () => {
  const createObjectURL = jest.fn((blob: Blob) => `blob:test/${blob.size}`);
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    jest.useFakeTimers();
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('clicks a link to the file with the file name, then lets the address go', () => {
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
      expect(document.body.contains(this)).toBe(true);
    });

    downloadFile(new Uint8Array([1, 2, 3]), 'mr-uppfoljning-2026.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.size).toBe(3);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('mr-uppfoljning-2026.xlsx');
    expect(clicked[0].href).toBe('blob:test/3');
    expect(document.body.contains(clicked[0])).toBe(false);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/3');
  });

  it('keeps a text file as UTF-8, BOM included', () => {
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    downloadFile('\uFEFFÅr;Enhet\r\n', 'mr-uppfoljning-2026.csv', 'text/csv;charset=utf-8');
    // BOM 3 bytes, Å 2 bytes, "r;Enhet" 7 bytes, CRLF 2 bytes.
    expect(createObjectURL.mock.calls[createObjectURL.mock.calls.length - 1][0].size).toBe(14);
  });
});

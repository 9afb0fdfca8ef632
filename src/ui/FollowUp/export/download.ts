/** Hands a file made in the browser to the person, as a download. */

/** How long the file's address stays valid: a slow browser starts the download after the click returns. */
const KEEP_URL_MS = 40000;

export function downloadFile(content: Uint8Array | string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Firefox follows only links that are in the document.
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}

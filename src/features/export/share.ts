// Getting a file off the device by the user's own hand: the system share sheet where the browser offers
// it for files (phones, tablets), else an ordinary download. Nothing is uploaded by the app itself.

/** Saves a file through the browser's download, from a blob: URL that is released afterwards. */
export function downloadFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** True when the browser can share files at all (the button is only offered then). */
export function canShareFiles(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File(['x'], 'x.txt', { type: 'text/plain' })] });
  } catch {
    return false;
  }
}

export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Shares the file when the browser can share this very file, else downloads it. */
export async function shareOrDownload(file: File, title: string): Promise<ShareOutcome> {
  let shareable = false;
  try {
    shareable = typeof navigator.share === 'function' && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
  } catch {
    shareable = false;
  }
  if (!shareable) {
    downloadFile(file, file.name);
    return 'downloaded';
  }
  try {
    await navigator.share({ files: [file], title });
    return 'shared';
  } catch (error) {
    // The user closed the share sheet: nothing to report.
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    // Sharing refused (e.g. no user activation left after a slow step): fall back to a download.
    downloadFile(file, file.name);
    return 'downloaded';
  }
}

// Files the app hands to the browser's download (a blob: URL clicked on an <a download>), caught in the page.
// Every engine saves downloads its own way (WebKitWebDriver has no download command at all), so the page's
// own click on the link is caught and the file's text kept; the journey then gives the same file back
// through the real file picker input, as a user would.
import type { EnginePage } from './driver';
import { waitUntil } from './driver';

export interface CaughtFile {
  name: string;
  text: string;
}

declare global {
  interface Window {
    __e2eDownloads?: CaughtFile[];
  }
}

/** Starts catching downloads in the current document (again after every page load). */
export async function catchDownloads(page: EnginePage): Promise<void> {
  await page.evaluate(() => {
    if (window.__e2eDownloads) return;
    window.__e2eDownloads = [];
    const blobs = new Map<string, Blob>();
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = this.download ? blobs.get(this.href) : undefined;
      if (!blob) return click.call(this);
      const name = this.download;
      void blob.text().then((text) => window.__e2eDownloads?.push({ name, text }));
    };
  });
}

/** Waits for the next caught download and returns it. */
export async function nextDownload(page: EnginePage, seen = 0): Promise<CaughtFile> {
  const file = await waitUntil(page, (seen) => (window.__e2eDownloads ?? [])[seen] ?? null, seen, { what: 'a download' });
  if (!file) throw new Error('no download');
  return file;
}

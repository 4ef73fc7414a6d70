// The only script of the static public wheel pages (`<base>wheel/<lang>/`), a few hundred bytes with no
// framework: the page reads and works without it. With it, the wheel picture becomes the interactive wheel
// of the DOM contract (each area a button with aria-pressed; Tab reaches the wheel, arrows move between
// areas in reading order, Enter or Space selects, a tap selects), the selected area's texts come into
// view, and the service worker is registered so that the page (and the app) open offline next time.
import './wheelPage.css';

const html = document.documentElement;
const rtl = html.dir === 'rtl';
const svg = document.querySelector<SVGSVGElement>('[data-testid="wheel"] svg');
const areas = Array.from(document.querySelectorAll<SVGGElement>('[data-testid="wheel"] [data-area]'));
const texts = Array.from(document.querySelectorAll<HTMLElement>('.public-areas > li'));

/** Set once the read-aloud part has loaded: choosing another area ends the reading. */
let stopReading: (() => void) | undefined;

function select(area: SVGGElement, { focus = false, scroll = true } = {}): void {
  stopReading?.();
  for (const other of areas) {
    const on = other === area;
    other.setAttribute('aria-pressed', String(on));
    other.classList.toggle('is-selected', on);
    other.tabIndex = on ? 0 : -1;
  }
  const target = area.dataset.target;
  for (const item of texts) item.classList.toggle('is-selected', item.id === target);
  if (focus) area.focus();
  if (scroll && target) document.getElementById(target)?.scrollIntoView({ block: 'nearest' });
}

function step(from: SVGGElement, by: number): SVGGElement {
  const index = areas.indexOf(from);
  return areas[(index + by + areas.length) % areas.length] ?? from;
}

function onKey(event: KeyboardEvent, area: SVGGElement): void {
  // Forward follows the reading direction: in right-to-left text, ArrowLeft goes forward.
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: SVGGElement | undefined;
  if (event.key === forward || event.key === 'ArrowDown') next = step(area, 1);
  else if (event.key === backward || event.key === 'ArrowUp') next = step(area, -1);
  else if (event.key === 'Home') next = areas[0];
  else if (event.key === 'End') next = areas[areas.length - 1];
  else if (event.key === 'Enter' || event.key === ' ') next = area;
  if (!next) return;
  event.preventDefault();
  select(next, { focus: true });
}

function makeInteractive(): void {
  if (!svg || areas.length === 0) return;
  // From a picture with a name to a group of buttons, each named by its label as shown.
  svg.setAttribute('role', 'group');
  for (const area of areas) {
    area.setAttribute('role', 'button');
    area.setAttribute('aria-label', area.dataset.label ?? '');
    area.addEventListener('click', () => select(area));
    area.addEventListener('keydown', (event) => onKey(event, area));
  }
  const first = areas[0];
  if (first) select(first, { scroll: false });
  document.querySelector<HTMLElement>('[data-wheel-hint]')?.removeAttribute('hidden');
}

const base = new URL(html.dataset.appBase ?? '../../', window.location.href);

function registerWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // The app's own worker, for the app's whole scope: it precaches this page, the app and all its texts.
  navigator.serviceWorker.register(new URL('sw.js', base), { scope: base.pathname }).then(
    () => {
      // The region's wheel pack is not precached (the host may replace it): fetched once the worker
      // controls the page, it lands in the worker's cache, so the app opens offline with it as well.
      const fetchPack = () => void fetch(new URL('wheel-pack.json', base), { credentials: 'same-origin' }).catch(() => undefined);
      if (navigator.serviceWorker.controller) fetchPack();
      else navigator.serviceWorker.addEventListener('controllerchange', fetchPack, { once: true });
    },
    () => undefined,
  );
}

/** Read aloud: its own chunk, loaded after the first screen (the page reads and works without it). */
function setUpReading(): void {
  void import('./pageVoice').then(({ hostRecordings, setUpPageReading, stopPageReading }) => {
    stopReading = stopPageReading;
    setUpPageReading(html.lang, hostRecordings(html.lang, base));
  });
}

makeInteractive();
// After the first screen, so that the precache downloads never compete with it on a slow connection.
window.addEventListener('load', () => {
  const later = (task: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 500));
  later(setUpReading);
  later(registerWorker);
});

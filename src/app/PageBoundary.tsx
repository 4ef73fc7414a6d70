import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { flushAllEdits } from '../storage';

/**
 * A page's chunk that could not be loaded. After an update another window may have replaced the cached
 * chunks, and a connection may be missing: a reload (into the version now on the device) is the way on.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Chromium, Firefox and WebKit word it differently; Vite's preload helper adds its own.
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS|Failed to fetch/i.test(
    `${error.name} ${error.message}`,
  );
}

/** Saves what is pending, then loads the page again. */
export async function saveAndReload(): Promise<void> {
  await flushAllEdits().catch(() => undefined);
  window.location.reload();
}

function PageError({ chunk }: { chunk: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page-error" role="alert" data-testid="page-error" data-kind={chunk ? 'chunk' : 'page'}>
      <h1>{t(chunk ? 'pageError.chunkTitle' : 'pageError.title')}</h1>
      <p>{t(chunk ? 'pageError.chunkBody' : 'pageError.body')}</p>
      <button type="button" onClick={() => void saveAndReload()} data-testid="page-error-reload">
        {t('pageError.reload')}
      </button>
    </div>
  );
}

interface PageBoundaryProps {
  /** Changes when the user goes to another page: the error is then forgotten. */
  resetKey: string;
  children: ReactNode;
}

/** Keeps one page's failure to that page: the header, the footer and every saved word stay. */
export class PageBoundary extends Component<PageBoundaryProps, { error: unknown; key: string }> {
  override state = { error: undefined as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: PageBoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Whatever the failed page still held is written now; the error itself is not logged (it may quote data).
    void flushAllEdits().catch(() => undefined);
  }

  override render() {
    if (this.state.error !== undefined) return <PageError chunk={isChunkLoadError(this.state.error)} />;
    return this.props.children;
  }
}

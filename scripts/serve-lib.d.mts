// Types for scripts/serve-lib.mjs, so that TypeScript tests and benchmarks can import it.
export declare const CONTENT_SECURITY_POLICY: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function normaliseBase(base?: string): string;
export declare function cacheControlFor(relPath: string): string;
export declare function mimeTypeFor(filePath: string): string;

export interface StartServerOptions {
  /** Build folder to serve; default "dist". */
  dir?: string;
  /** 0 picks a free port; default 4173. */
  port?: number;
  host?: string;
  /** Sub-path the app is served under, e.g. "/hjulet/"; default "/". */
  base?: string;
  quiet?: boolean;
  /** Send text gzipped when the client accepts it, as a production host does; default false. */
  compress?: boolean;
}

export interface RunningServer {
  /** Full URL of the app, base included, e.g. "http://127.0.0.1:4173/". */
  url: string;
  /** Scheme, host and port only. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export declare function startServer(options?: StartServerOptions): Promise<RunningServer>;

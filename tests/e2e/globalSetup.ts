// Runs once before the e2e files: make sure dist/ holds a build of the current sources. A failed build
// is only reported here, so that tests not needing the app (the harness's own) still run; startApp()
// then tries again and fails the tests that need it with the build's error.
import { ensureBuild } from './helpers/build';

export default function setup(): void {
  try {
    ensureBuild({ outDir: 'dist', base: '/' });
  } catch (error) {
    console.error(`e2e globalSetup: ${error instanceof Error ? error.message : String(error)}`);
  }
}

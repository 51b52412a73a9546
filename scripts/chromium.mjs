// The one place that says which Chromium runs the E2E tests, the bench and the
// screenshot scripts, and with which flags (software WebGL through SwiftShader,
// no background traffic). Plain JavaScript so the .mjs scripts can import it.

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every launch: WebGL in software, nothing fetched behind the page's back. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Added for a browser without WebGL (the fallback tests). */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

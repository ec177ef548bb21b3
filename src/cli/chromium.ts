/** @module Debian's chromium, headless: where it is and the flags that keep it off the network. */

/** Where chromium is looked for (Debian's package first). */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]

/**
 * Headless, no sandbox (as root in CI), no GPU, and none of the background connections a closed
 * network refuses.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

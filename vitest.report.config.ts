import { defineConfig } from 'vitest/config'

// `npm run test:report`: the HTML pages in Debian's Chromium, and the CSV in
// Python and LibreOffice (programs .ci/run installs), on the seed and on
// articles from ../shared/corpora.
export default defineConfig({
  test: {
    include: ['test/report/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})

import { defineConfig } from 'vitest/config'

// `npm run test:corpora`: the checks that read real articles from ../shared/corpora (run by .ci/run).
export default defineConfig({
  test: {
    include: ['test/corpora.test.ts'],
    testTimeout: 120_000,
  },
})

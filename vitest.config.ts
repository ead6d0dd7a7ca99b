import { defineConfig } from 'vitest/config'

// `npm test`: everything that runs on a fresh clone with nothing beside it.
// The checks on ../shared/corpora are `npm run test:corpora`, run by .ci/run.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpora.test.ts', 'test/report/**', '**/node_modules/**'],
    testTimeout: 60_000,
  },
})

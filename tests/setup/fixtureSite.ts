import type { TestProject } from 'vitest/node';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The output folder of the fixture site, built once per test run. */
    fixtureSiteDir: string;
  }
}

/**
 * Gives this test run its own folder for builds (workers inherit the variable),
 * builds `tests/fixtures/site` once for every test file that reads built HTML
 * or drives a browser, and removes the run's builds when it ends.
 */
export default async function setup(project: TestProject) {
  const parent = join(PROJECT_ROOT, 'node_modules/.cache/zhiku-builds');
  await mkdir(parent, { recursive: true });
  const runRoot = await mkdtemp(join(parent, 'run-'));
  process.env.ZHIKU_TEST_BUILD_ROOT = runRoot;
  const { outDir } = await buildSite(join(PROJECT_ROOT, 'tests/fixtures/site'));
  project.provide('fixtureSiteDir', outDir);
  return async () => {
    if (!process.env.ZHIKU_KEEP_TEST_BUILDS) await rm(runRoot, { recursive: true, force: true });
  };
}

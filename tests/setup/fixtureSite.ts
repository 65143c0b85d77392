import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { buildSite, PROJECT_ROOT } from '../helpers/buildSite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The output folder of the fixture site, built once per test run. */
    fixtureSiteDir: string;
  }
}

/** Builds `tests/fixtures/site` once for every test file that reads built HTML or drives a browser. */
export default async function setup(project: TestProject) {
  const { outDir } = await buildSite(join(PROJECT_ROOT, 'tests/fixtures/site'));
  project.provide('fixtureSiteDir', outDir);
}

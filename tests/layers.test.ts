import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/buildSite';

/**
 * The layers of src/ (ARCHITECTURE.md, "Layers"): each may import from the
 * folders it lists and from itself, nothing else. A folder missing here fails
 * the test until it is given its place.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  markdown: ['core'],
  search: ['core', 'styles'],
  importer: ['core'],
  site: ['core', 'markdown', 'search', 'importer'],
  integrations: ['core', 'search', 'site'],
  components: ['core', 'search', 'site', 'styles'],
  layouts: ['core', 'search', 'site', 'components', 'styles'],
  pages: ['core', 'search', 'site', 'components', 'layouts', 'styles'],
  styles: [],
};

/** Pure layers: logic that takes its inputs as arguments, so it is tested without building anything. */
const PURE = ['core', 'markdown', 'search', 'importer'];
const BOUND = /^(?:node:(?:fs|fs\/promises|child_process|os|process)|astro:content|astro\/loaders)$/;

const SRC = join(PROJECT_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** Every module a file imports, as written (static, dynamic and side-effect imports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The top folder of src/ a path is in, or its file name for files at the top of src/. */
function layerOf(path: string): string {
  return relative(SRC, path).split(/[\\/]/)[0]!;
}

const edges = sourceFiles(SRC).flatMap((file) =>
  importsOf(file).map((spec) => ({
    file: relative(PROJECT_ROOT, file),
    spec,
    from: layerOf(file),
    to: spec.startsWith('.') ? layerOf(resolve(dirname(file), spec)) : undefined,
  })),
);

describe('layers of src/', () => {
  it('finds the imports it checks', () => {
    expect(edges.filter((e) => e.from === 'pages' && e.to === 'layouts').length).toBeGreaterThan(0);
    expect(edges.filter((e) => e.from === 'site' && e.to === 'core').length).toBeGreaterThan(0);
  });

  it('imports only point down: every folder imports from itself and the layers below it', () => {
    const topFiles = new Set(['content.config.ts']);
    const wrong = edges
      .filter((e) => e.to !== undefined && e.to !== e.from && !topFiles.has(e.from))
      .filter((e) => !(MAY_IMPORT[e.from] ?? []).includes(e.to!))
      .map((e) => `${e.file}: ${e.spec} (${e.from} -> ${e.to})`);
    expect(wrong).toEqual([]);
  });

  it('every folder of src/ has its place in the layers', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it('the pure layers touch no file system, process, environment or content store', () => {
    const bound = edges.filter((e) => PURE.includes(e.from) && BOUND.test(e.spec)).map((e) => `${e.file}: ${e.spec}`);
    const env = sourceFiles(SRC)
      .filter((f) => PURE.includes(layerOf(f)) && /\bprocess\./.test(readFileSync(f, 'utf8')))
      .map((f) => relative(PROJECT_ROOT, f));
    expect([...bound, ...env]).toEqual([]);
  });

  it("the search page's code for the browser (search/browser/ and what it imports) imports nothing of Node's", () => {
    const browser = join(SRC, 'search/browser');
    const seen = new Set<string>();
    const wrong: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (isBuiltin(spec)) wrong.push(`${relative(PROJECT_ROOT, file)}: ${spec}`);
        else if (spec.startsWith('.')) {
          // Code only: a stylesheet (`…css?inline`), data or a picture holds no import.
          const path = spec.split('?')[0]!;
          if (/\.(css|json|svg|png|jpe?g|webp|woff2?)$/.test(path)) continue;
          const target = resolve(dirname(file), path);
          visit(/\.(ts|mjs|js)$/.test(path) && existsSync(target) ? target : `${target}.ts`);
        }
      }
    };
    for (const file of sourceFiles(browser)) visit(file);
    expect(seen.size).toBeGreaterThan(sourceFiles(browser).length);
    expect(wrong).toEqual([]);
  });

  it('no folder loop: the folders import each other as a graph without cycles', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) if (e.to && e.to !== e.from) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) return void cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});

describe('scripts and config', () => {
  it('use the site only through its layers (no script reaches into pages, components or layouts)', () => {
    const files = [...sourceFiles(join(PROJECT_ROOT, 'scripts')), join(PROJECT_ROOT, 'astro.config.mjs')];
    const wrong = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => resolve(dirname(file), spec))
        .filter((target) => target.startsWith(SRC) && ['pages', 'components', 'layouts'].includes(layerOf(target)))
        .map((target) => `${relative(PROJECT_ROOT, file)} -> ${relative(PROJECT_ROOT, target)}`),
    );
    expect(wrong).toEqual([]);
  });
});

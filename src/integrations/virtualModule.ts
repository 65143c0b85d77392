import type { AstroIntegration } from 'astro';

type ConfigSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/**
 * Registers a Vite plugin that answers `import … from '<id>'` with the given module code: the
 * one way the site's integrations hand build-time data (UI strings, the CSP, character lists)
 * to code that runs in the browser or in pages.
 * @example virtualModule(updateConfig, 'virtual:zhiku/x', 'export default 1;\n')
 */
export function virtualModule(updateConfig: ConfigSetup['updateConfig'], id: string, code: string): void {
  const resolved = `\0${id}`;
  updateConfig({
    vite: {
      plugins: [
        {
          name: `zhiku:${id.replace(/^virtual:zhiku\//, '')}`,
          resolveId: (source: string) => (source === id ? resolved : undefined),
          load: (source: string) => (source === resolved ? { code, map: { mappings: '' } } : undefined),
        },
      ],
    },
  });
}

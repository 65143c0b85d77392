import type { AstroIntegration } from 'astro';
import { virtualModule } from './virtualModule';
import { encodeCodePoints } from '../search/codePointSet';
import { conversionTriggers, SIMPLIFIED_TABLES } from '../search/simplifiedIndex';

/** The module the search scripts import the Traditional characters from. */
export const TRADITIONAL_CHARACTERS_MODULE = 'virtual:zhiku/traditional-characters';

/**
 * Gives the search scripts the characters without which converting a query to
 * Simplified changes nothing (search/codePointSet.ts form, 2.3 KB compressed), so
 * that only a query with one of them loads OpenCC's tables (17 KB compressed).
 */
export default function traditionalCharactersModule(): AstroIntegration {
  const code = `export default ${JSON.stringify(encodeCodePoints(conversionTriggers(SIMPLIFIED_TABLES)))};\n`;
  return {
    name: 'zhiku:traditional-characters-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        virtualModule(updateConfig, TRADITIONAL_CHARACTERS_MODULE, code);
      },
    },
  };
}

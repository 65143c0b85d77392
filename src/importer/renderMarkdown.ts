import type { Locale } from '../core/language/locales';
import { escapeMarkdownText } from './markdownText';
import type { Block } from './structure';

/**
 * Writes article blocks as Markdown: `##` subheadings, `>` blockquotes and
 * bold interview speakers (English "**Ann:** …", Chinese "**朱平**：…").
 * @example renderMarkdown([{ type: 'heading', text: 'Outlook' }, { type: 'paragraph', text: 'Calm.' }], 'en') => '## Outlook\n\nCalm.\n'
 */
export function renderMarkdown(blocks: readonly Block[], locale: Locale): string {
  if (blocks.length === 0) return '';
  const parts = blocks.map((block) => {
    const text = escapeMarkdownText(block.text);
    switch (block.type) {
      case 'heading':
        return `## ${text}`;
      case 'quote':
        return `> ${text}`;
      case 'turn': {
        const speaker = escapeMarkdownText(block.speaker);
        return locale === 'zh' ? `**${speaker}**：${text}` : `**${speaker}:** ${text}`;
      }
      default:
        return text;
    }
  });
  return `${parts.join('\n\n')}\n`;
}

import { publishedLineDate } from './dateline';

/** What one attribution line says about where an article came from. */
export interface AttributionLine {
  kind: 'original-notice' | 'source' | 'original-title' | 'byline' | 'site-path' | 'slug-line' | 'url' | 'published';
  sourceName?: string;
  url?: string;
  originalTitle?: string;
  authors?: string[];
  sitePath?: string;
  slug?: string;
  /** The publication date a "published" line states, as written. */
  published?: string;
}

const URL_PATTERN = /https?:\/\/[^\s,，。;；!！)）】]+/;
const SEP = '\\s*[:：|丨/]\\s*';
const HAN_NAME = '[\\p{Script=Han}]{2,4}';
const trimEnd = (s: string) => s.replace(/[\s,，。;；!！:：]+$/u, '').trim();

/** Splits "outlet·name" (互链脉搏·金走车) into the outlet and the person. */
function splitOutlet(credit: string): { outlet?: string; names: string[] } {
  const parts = credit
    .split(/[·•・]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 2) return { outlet: parts[0], names: splitNames(parts[1]!) };
  return { names: splitNames(credit) };
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:[、,，;；]|\s+and\s+|\s+&\s+|\s+)\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads an attribution line: 本文为【…】原创,原文链接:…; 来源:…; 原标题:…;
 * 文 | …, 作者:…, 记者 …, "By …"; a bare site path; a source's slug line;
 * a line that says when the article was published (发布时间:…, "Published: …").
 * Returns undefined for any other line.
 * @example readAttribution('来源:金融时报') => { kind: 'source', sourceName: '金融时报' }
 * @example readAttribution('记者 王芳 李强') => { kind: 'byline', authors: ['王芳', '李强'] }
 * @example readAttribution('/latest/2020/03/some-story/') => { kind: 'site-path', sitePath: '/latest/2020/03/some-story/' }
 */
export function readAttribution(text: string): AttributionLine | undefined {
  const published = publishedLineDate(text);
  if (published) return { kind: 'published', published };
  const notice = text.match(/^本文(为|系|是)\s*[【[「]?(.+?)[】\]」]?\s*(独家)?原创/u);
  if (notice) {
    const url = text.match(new RegExp(`原文(链接|地址)${SEP}(${URL_PATTERN.source})`, 'u'))?.[2];
    return { kind: 'original-notice', sourceName: notice[2]!.trim(), ...(url ? { url } : {}) };
  }
  const link = text.match(new RegExp(`^原文(链接|地址)${SEP}(${URL_PATTERN.source})`, 'u'));
  if (link) return { kind: 'url', url: link[2] };

  const source = text.match(new RegExp(`^(本文|文章)?(来源|稿源|出处)(于)?${SEP}(.{1,60})$`, 'u'));
  if (source) {
    const value = trimEnd(source[4]!);
    const url = value.match(URL_PATTERN)?.[0];
    if (url && url === value) return { kind: 'source', url };
    return { kind: 'source', sourceName: value, ...(url ? { url } : {}) };
  }
  const sourceEn = text.match(
    /^(source|originally published (by|on|at)|this (article|story) (first|originally) appeared (on|in))\s*:?\s+(.{1,80}?)\.?$/i,
  );
  if (sourceEn) {
    const value = sourceEn[6]!.trim();
    const url = value.match(URL_PATTERN)?.[0];
    return url === value ? { kind: 'source', url } : { kind: 'source', sourceName: value, ...(url ? { url } : {}) };
  }

  const title = text.match(new RegExp(`^(原标题|原题)${SEP}(.+)$`, 'u')) ?? text.match(/^original (title|headline)\s*:\s*(.+)$/i);
  if (title) return { kind: 'original-title', originalTitle: trimEnd(title[2]!) };

  const credit = text.match(new RegExp(`^(文|作者|撰文|文字|撰稿)${SEP}(.{1,40})$`, 'u'));
  if (credit) {
    const { outlet, names } = splitOutlet(trimEnd(credit[2]!));
    return { kind: 'byline', authors: names, ...(outlet ? { sourceName: outlet } : {}) };
  }
  const reporter = text.match(new RegExp(`^(本报)?(记者|通讯员)(?:\\s*[:：]\\s*|\\s+)(${HAN_NAME}(?:[\\s、,，]+${HAN_NAME})*)$`, 'u'));
  if (reporter) return { kind: 'byline', authors: splitNames(reporter[3]!) };
  const by = text.match(
    /^[Bb]y\s+((?:[A-Z][\p{L}.'’-]+\s+){1,3}[A-Z][\p{L}.'’-]+(?:\s*(?:,|and|&)\s*(?:[A-Z][\p{L}.'’-]+\s+){1,3}[A-Z][\p{L}.'’-]+)*)(?:\s*[|–—]\s*[^.]{0,60})?$/u,
  );
  if (by)
    return {
      kind: 'byline',
      authors: by[1]!
        .split(/\s*(?:,|\band\b|&)\s*/)
        .map((n) => n.trim())
        .filter(Boolean),
    };

  if (/^\/(?:[\w.%-]+\/){2,}[\w.%-]*\/?$/.test(text) || /^\/(?:[\w.%-]+\/)+[\w.%-]+\/?$/.test(text)) {
    return { kind: 'site-path', sitePath: text };
  }
  if (/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(text)) return { kind: 'slug-line', slug: text };
  if (new RegExp(`^${URL_PATTERN.source}$`).test(text)) return { kind: 'url', url: text };
  return undefined;
}

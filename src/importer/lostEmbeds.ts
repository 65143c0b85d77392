/**
 * Sentences that point at something embedded in the original page (a tweet,
 * a video, a chart) that a text dump cannot hold: "the below tweet", "the
 * video embedded in the tweet", 以下推文, 如下图. The importer keeps them and
 * lists them in its report, so an editor can add a note or a <Quote>.
 */

const MEDIA_EN = '(?:tweets?|videos?|posts?|clips?|charts?|graphs?|images?|pictures?|photos?|screenshots?|threads?|infographics?)';
const MEDIA_ZH = '(?:推文|推特|视频|微博|帖子|截图|图片|图表|配图|图)';

const PATTERNS: readonly RegExp[] = [
  // the below tweet, the following video, the embedded post
  new RegExp(`\\b(?:below|above|following|embedded|attached)\\s+${MEDIA_EN}\\b`, 'i'),
  // the tweet below, the chart above
  new RegExp(`\\b${MEDIA_EN}\\s+(?:below|above)\\b`, 'i'),
  // the video embedded in the tweet
  /\bembedded\s+(?:in|within|below|above)\b/i,
  // 以下推文, 下面这段视频, 如下图, 见下图
  new RegExp(`(?:以下|下面|下方|如下|上面|上方|以上|见下|见上|如上)(?:为|是)?(?:的)?(?:这条|这段|这张|这则|这个)?${MEDIA_ZH}`, 'u'),
  // 推文如下, 视频见下
  new RegExp(`${MEDIA_ZH}(?:如下|见下|见上)`, 'u'),
  // 推文中嵌入的视频, 嵌入的推文
  /嵌入(?:的)?(?:推文|视频|微博|帖子)|(?:推文|视频|微博)中嵌入/u,
  // 下图所示, 上图为
  /(?<!\p{Script=Han})[上下]图(?:所示|为|是|中)/u,
];

// The credit of a chart or graphic made for the article: (制图:链闻), 图表来源:…, Graphic by …
// A photo's credit is not one: a photo illustrates the text, a chart carries what the text relies on.
const GRAPHIC_CREDIT: readonly RegExp[] = [
  /^[(（]?\s*(?:制图|图表|数据图|信息图)(?:来源|制作)?\s*[:：/|丨]/u,
  /^[(（]?\s*(?:charts?|graphs?|graphics?|infographics?)\s*(?::|by\b|courtesy\b|via\b|sources?\b)/i,
];

/**
 * Whether a picture credit the importer drops credits a chart or graphic, which
 * the dump lost with it: the text may have relied on it.
 * @example isGraphicCredit('(制图:链闻观察)') => true
 * @example isGraphicCredit('(图片来源:视觉中国)') => false
 * @example isGraphicCredit('Featured image from Unsplash.') => false
 */
export function isGraphicCredit(line: string): boolean {
  return GRAPHIC_CREDIT.some((p) => p.test(line.trim()));
}

/** A sentence with the closing quotes after its full stop. */
const SENTENCE = /[^。！？!?.]*(?:[。！？!?]+[”’"」』）)]*|\.[”’"」』）)]*(?=\s|$)|$)/gu;

/**
 * The sentences of a paragraph that refer to an embedded post, tweet, video or
 * picture the dump does not have.
 * @example lostEmbedSentences('She cited the video embedded in the below tweet. Prices fell.') => ['She cited the video embedded in the below tweet.']
 * @example lostEmbedSentences('他在以下推文中表示：我们不会停。') => ['他在以下推文中表示：我们不会停。']
 * @example lostEmbedSentences('Prices fell below $8,000 on Friday.') => []
 */
export function lostEmbedSentences(paragraph: string): string[] {
  if (!PATTERNS.some((p) => p.test(paragraph))) return [];
  const sentences = (paragraph.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
  return sentences.filter((s) => PATTERNS.some((p) => p.test(s)));
}

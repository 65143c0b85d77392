/**
 * Lines that are crawl debris rather than article text. Each rule describes a
 * kind of line (how such lines are built), never a particular article's words.
 */
export const JUNK_KINDS = [
  'repeated-headline',
  'interstitial',
  'also-read',
  'comment-prompt',
  'image-credit',
  'promotion',
  'tip-jar',
  'reprint-notice',
  'stray-number',
  'caption-name',
  'author-bio',
] as const;

export type JunkKind = (typeof JUNK_KINDS)[number];

/** How the summary names each kind. */
export const JUNK_LABELS: Record<JunkKind, string> = {
  'repeated-headline': 'repeated headline',
  interstitial: 'bot-check interstitial',
  'also-read': '"Also read" link',
  'comment-prompt': 'comment prompt',
  'image-credit': 'image credit or caption',
  promotion: 'promotion',
  'tip-jar': 'tip jar or wallet address',
  'reprint-notice': 'reprint notice',
  'stray-number': 'stray number',
  'caption-name': 'photo-caption name',
  'author-bio': 'author bio',
};

/** Cloudflare-style bot checks and anti-virus notices that stand in for an article body. */
const INTERSTITIAL = [
  /^what can i do to prevent this in the future\?$/i,
  /\brun an anti-?virus scan\b/i,
  /\b(network administrator|it department)\b.*\bscan\b.*\b(misconfigured|infected)\b/i,
  /^why (do i have to|did i) (complete|see) (a|this) captcha\??$/i,
  /^(please )?(complete the security check|enable (javascript|cookies)( and cookies)? to continue)/i,
  /^checking (if the site connection is secure|your browser before accessing)/i,
  /^this process is automatic\. your browser will redirect/i,
  /^please allow up to \d+ seconds/i,
  /^completing the captcha proves you are a human/i,
  /^(ddos protection|please turn javascript on)\b/i,
  /^(attention required|one more step|access denied)[!.]?(\s*[|–-].*)?$/i,
  /^(please )?verify (that )?you are (a )?human/i,
  /^(cloudflare )?ray id:/i,
  /^performance (&|and) security by cloudflare$/i,
  /(请完成安全验证|人机验证|访问验证|检测到(您的)?(网络|访问)(存在)?异常|请开启\s*javascript)/i,
];

const ALSO_READ =
  /^(also read|read also|see also|read more|related( articles?| stories| news| reading)?|more on this|you may also like|推荐阅读|相关阅读|延伸阅读|相关文章|往期回顾|猜你喜欢)\s*[:：|]/i;

const COMMENT_PROMPT = [
  /^what do you think\b.*\?.*\b(let us know|tell us|share|leave|comment)/i,
  /\b(let us know|tell us|share your (thoughts|views|opinion))\b.*\bcomments?\b/i,
];
const COMMENT_PROMPT_ZH = /(欢迎|请)(在)?(文末|下方)?(评论区|留言区|留言)/;

const IMAGE_CREDIT = [
  /^(featured|header|lead|top|cover|main) (image|photo|picture|illustration)s?\b.{0,120}$/i,
  /^(images?|photos?|pictures?|graphics?|illustrations?|charts?|infographics?) (courtesy|credits?|via|by|from|sources?)\b.{0,120}$/i,
  /^(image|photo|picture)s? ?(credits?|source)?\s*:\s*\S.{0,80}$/i,
  /^[(（]\s*(制图|图片来源|图片|图源|来源|摄影|摄|图|配图|图表|供图)\s*[:：/|丨]?[^()（）]{0,40}[)）]$/,
  /^(图片来源|图源|摄影|制图|配图|供图)\s*[:：|丨]/,
];

/** A call to action addressed to the reader on the publisher's own behalf. */
const PROMOTION_OPENER =
  /^(did you know (that )?you can|want to|looking (for|to)|sign up|subscribe|join (us|our)|follow us|download (our|the)|get (our|the latest)|don['’]?t miss|check out our|try our)\b/i;
const FIRST_PERSON_PLURAL = /\b(our|us)\b/i;
const PROMOTION_ZH = /(扫码|扫描(下方)?二维码|长按(识别)?二维码|关注(我们|本?公众号)|点击(阅读原文|下方))/;

/** Crypto wallet addresses: legacy and bech32 bitcoin, bitcoin cash, ethereum. */
export const WALLET_ADDRESS =
  /\b(bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|(bitcoincash:)?q[a-z0-9]{41}|0x[a-fA-F0-9]{40})\b/;
const TIP_JAR = [
  /\b(send us a tip|tip jar|tip us|donate to us|buy us a coffee)\b/i,
  /^like [^?]{1,40}\?\s*(send|tip|donate|support)\b/i,
  /^(打赏|赞赏|捐赠)(地址|码)?\s*[:：]/,
];

const REPRINT_NOTICE = [
  /转载请注明(出处|来源|作者)/,
  /未经(授权|许可|同意).{0,12}(不得|禁止|严禁|请勿)转载/,
  /(禁止|谢绝|严禁)(任何)?(形式的)?转载/,
  /^版权(归|属于?).{0,20}所有/,
];

/**
 * The junk kind of a single line, judged on the line alone (kinds that need
 * the surrounding article, such as repeated headlines, are found elsewhere).
 * @example junkKind('Also read: Exchange volumes climb') => 'also-read'
 * @example junkKind('(图片来源:视觉中国)') => 'image-credit'
 * @example junkKind('The bank raised rates on Tuesday.') => undefined
 */
export function junkKind(text: string): JunkKind | undefined {
  if (text.length <= 400 && INTERSTITIAL.some((re) => re.test(text))) return 'interstitial';
  if (ALSO_READ.test(text)) return 'also-read';
  if (text.length <= 400 && COMMENT_PROMPT.some((re) => re.test(text))) return 'comment-prompt';
  if (text.length <= 80 && COMMENT_PROMPT_ZH.test(text)) return 'comment-prompt';
  if (IMAGE_CREDIT.some((re) => re.test(text))) return 'image-credit';
  if (TIP_JAR.some((re) => re.test(text))) return 'tip-jar';
  if (text.length <= 160 && WALLET_ADDRESS.test(text) && text.split(/\s+/).length <= 8) return 'tip-jar';
  if (REPRINT_NOTICE.some((re) => re.test(text))) return 'reprint-notice';
  if ((PROMOTION_OPENER.test(text) && FIRST_PERSON_PLURAL.test(text)) || PROMOTION_ZH.test(text)) return 'promotion';
  if (/^\d[\d\s.,/]*$/.test(text)) return 'stray-number';
  return undefined;
}

/**
 * Whether a junk line is the kind that closes an article in these dumps, so
 * that a headline-like line after it starts the next one. Inline captions do
 * not count: they sit under pictures in mid-article.
 * @example endsArticle('Featured image from Pixabay.', 'image-credit') => true
 * @example endsArticle('(制图:链闻)', 'image-credit') => false
 */
export function endsArticle(text: string, kind: JunkKind): boolean {
  switch (kind) {
    case 'interstitial':
    case 'comment-prompt':
    case 'promotion':
    case 'tip-jar':
    case 'reprint-notice':
    case 'author-bio':
      return true;
    case 'image-credit':
      return /^(featured|header|lead|top|cover|main) |^images |^photos |^pictures /i.test(text);
    default:
      return false;
  }
}

import { describe, expect, it } from 'vitest';
import { endsArticle, junkKind } from '../../src/importer/junk';

describe('junkKind', () => {
  it.each([
    // bot checks standing in for a body
    ['Checking your browser before accessing the site.', 'interstitial'],
    ['Why do I have to complete a CAPTCHA?', 'interstitial'],
    ['Please allow up to 5 seconds…', 'interstitial'],
    ['请完成安全验证后继续访问', 'interstitial'],
    // "Also read" links
    ['Also read: Mining Firms Relocate to Cheaper Grids', 'also-read'],
    ['Read more: Custody rules explained', 'also-read'],
    ['推荐阅读:数字钱包的五个误区', 'also-read'],
    // comment prompts
    ['What do you think of the proposed custody rules? Let us know in the comments section below.', 'comment-prompt'],
    ['What are your thoughts on the new licence? Share your thoughts in the comments below.', 'comment-prompt'],
    ['你怎么看?欢迎在评论区留言。', 'comment-prompt'],
    // image credits and captions
    ['Images courtesy of Pixabay and the Canadian Securities Administrators.', 'image-credit'],
    ['Featured image from Unsplash.', 'image-credit'],
    ['Featured image by a street photographer on Unsplash.', 'image-credit'],
    ['(制图:链闻观察)', 'image-credit'],
    ['Charts courtesy of Glassnode.', 'image-credit'],
    ['Infographic by The Block Research', 'image-credit'],
    ['(图片来源:视觉中国)', 'image-credit'],
    ['（图片来源：视觉中国）', 'image-credit'],
    // promotions and tip jars
    ['Did you know you can swap tokens instantly using our non-custodial exchange? Open an account with us.', 'promotion'],
    ['扫描下方二维码关注我们', 'promotion'],
    ['Like LEDGERWIRE? Send us a tip!', 'tip-jar'],
    ['Our Ethereum Address: 0x52908400098527886E0F7030069857D2E4169EE7', 'tip-jar'],
    ['BTC: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'tip-jar'],
    // reprint notices
    ['转载请注明出处!', 'reprint-notice'],
    ['未经授权,不得转载。', 'reprint-notice'],
    // stray numbers
    ['58', 'stray-number'],
    ['3 / 12', 'stray-number'],
  ])('%s => %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });

  it.each([
    'The bank raised rates on Tuesday.',
    'Want to know why the app froze the account? The company has not said.',
    'Cloudflare said its network handled the surge without trouble.',
    'Users were told to run a scan of their own records before the audit.',
    'That is what our expectation is, the director said.',
    '据悉,试点银行将为商户提供免费的受理终端。',
    'Custody Rules Tighten',
    '2020年试点城市名单',
  ])('keeps article text: %s', (line) => {
    expect(junkKind(line)).toBeUndefined();
  });

  it.each([
    ['Featured image from Unsplash.', 'image-credit', true],
    ['Images courtesy of Pixabay.', 'image-credit', true],
    ['(制图:链闻观察)', 'image-credit', false],
    ['Like LEDGERWIRE? Send us a tip!', 'tip-jar', true],
    ['转载请注明出处!', 'reprint-notice', true],
    ['Also read: Mining Firms Relocate', 'also-read', false],
  ] as const)('endsArticle(%s) => %s', (line, kind, expected) => {
    expect(endsArticle(line, kind)).toBe(expected);
  });
});

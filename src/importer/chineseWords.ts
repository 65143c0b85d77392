/**
 * Word lists for Chinese slugs: the subject's terms that the platform's
 * segmenter splits (or pinyin-pro misreads), the common surnames that tell a
 * personal name, and the function characters a long slug drops first.
 */

/** Terms of this knowledge base's subject, with their pinyin: each is one word in a slug. */
export const SUBJECT_TERMS: ReadonlyMap<string, string> = new Map([
  ['区块链', 'qukuailian'],
  ['比特币', 'bitebi'],
  ['以太坊', 'yitaifang'],
  ['莱特币', 'laitebi'],
  ['稳定币', 'wendingbi'],
  ['石油币', 'shiyoubi'],
  ['人民币', 'renminbi'],
  ['天秤币', 'tianchengbi'],
  ['泰达币', 'taidabi'],
  ['央行', 'yanghang'],
  ['元宇宙', 'yuanyuzhou'],
  ['挖矿', 'wakuang'],
  ['矿机', 'kuangji'],
  ['链改', 'liangai'],
]);

/**
 * Common single-character surnames. Characters that are more often a
 * preposition, a number or a verb on their own (于, 向, 万, 任, 何, 余, 付, 方)
 * or read differently as a surname (曾) are left out: a name they start is
 * spelled syllable by syllable, which is plain rather than wrong.
 */
export const SURNAMES: ReadonlySet<string> = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤',
]);

/** Two-character surnames. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '慕容',
  '令狐',
  '皇甫',
  '尉迟',
  '公孙',
  '夏侯',
  '宇文',
  '司徒',
]);

/** Particles and auxiliaries, dropped first from a long slug (的, 了). */
export const MINOR_CHARACTERS: ReadonlySet<string> = new Set([...'的了着将已是被把']);

/** Conjunctions and prepositions, dropped next (和, 与). */
export const JOINER_CHARACTERS: ReadonlySet<string> = new Set([...'和与及或而并于在对从']);

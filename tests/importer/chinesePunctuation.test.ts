import { describe, expect, it } from 'vitest';
import { chinesePunctuation } from '../../src/importer/chinesePunctuation';

describe('chinesePunctuation', () => {
  it.each([
    ['据悉,该中心已揭牌:首批3家', '据悉，该中心已揭牌：首批3家'],
    ['区块链为什么有这么大的魔力?他受到触动', '区块链为什么有这么大的魔力？他受到触动'],
    ['公共交通(含地铁和公交)', '公共交通（含地铁和公交）'],
    ['《金融时报》:请谈谈', '《金融时报》：请谈谈'],
    ['预计覆盖1,200家门店', '预计覆盖1,200家门店'],
    ['原文链接:https://a.example.cn/b', '原文链接：https://a.example.cn/b'],
    ['会议10:30开始', '会议10:30开始'],
    ['Tron (TRX) said, calmly: no', 'Tron (TRX) said, calmly: no'],
    ['柬埔寨(GC)效法', '柬埔寨（GC）效法'],
    ['Garlic Chain(GC)效法', 'Garlic Chain(GC)效法'],
  ])('%s => %s', (input, expected) => expect(chinesePunctuation(input)).toBe(expected));
});

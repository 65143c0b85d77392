import { describe, expect, it } from 'vitest';
import { isGraphicCredit, lostEmbedSentences } from '../../src/importer/lostEmbeds';

describe('sentences that refer to an embedded post the dump lost', () => {
  it.each([
    // English phrasings
    [
      '“TL;DR – it is illegal.” She explained while referencing the video embedded in the below tweet.',
      ['She explained while referencing the video embedded in the below tweet.'],
    ],
    ['The founder posted the notice in the tweet below. Banks declined to comment.', ['The founder posted the notice in the tweet below.']],
    ['See the chart above for the monthly volumes.', ['See the chart above for the monthly volumes.']],
    ['He replied in the following thread: more details soon.', ['He replied in the following thread: more details soon.']],
    ['The embedded video shows the launch.', ['The embedded video shows the launch.']],
    // Chinese phrasings
    ['市金融局负责人在以下推文中表示,试点将分三期推进。', ['市金融局负责人在以下推文中表示,试点将分三期推进。']],
    ['报告将由第三方出具。下图为储备构成。', ['下图为储备构成。']],
    ['具体数据如下图所示。', ['具体数据如下图所示。']],
    ['他转发的推文中嵌入的视频显示,现场人数众多。', ['他转发的推文中嵌入的视频显示,现场人数众多。']],
    ['详情见下方视频。', ['详情见下方视频。']],
    // ordinary sentences
    ['Bitcoin briefly slipped below $8,200 on Friday.', []],
    ['Sun’s tweet was in response to an earlier tweet that is no longer available.', []],
    ['The countries and organisations above have worked with Chinese companies.', []],
    ['以上观点仅供参考。', []],
    ['南下图们江的货运线路已开通。', []],
    ['价格跌破8000美元以下。', []],
  ])('lostEmbedSentences(%s) => %j', (paragraph, expected) => expect(lostEmbedSentences(paragraph)).toEqual(expected));
});

describe('picture credits that stand for a chart or graphic the dump lost', () => {
  it.each([
    // The picture credits of the fixture dumps: a chart (zh-wire-2020-03), and photos (zh-wire-2020-03, wire-2021-09, en-wire-2020-03).
    ['(制图:链闻观察)', true],
    ['(图片来源:视觉中国)', false],
    ['(图片来源:网络)', false],
    ['Photo: Reuters', false],
    ['Images courtesy of Pixabay and the Canadian Securities Administrators.', false],
    ['Featured image from Unsplash.', false],
    ['Featured image by a street photographer on Unsplash.', false],
    // Other credits of charts and graphics.
    ['（图表来源：国家统计局）', true],
    ['制图：李明', true],
    ['Graphic by The Block Research', true],
    ['Charts courtesy of Glassnode.', true],
    ['(摄影:张伟)', false],
  ])('isGraphicCredit(%s) => %s', (line, expected) => expect(isGraphicCredit(line)).toBe(expected));
});

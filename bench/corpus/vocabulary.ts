/**
 * Word lists for the synthetic corpus, written for it: real words of the domains
 * a knowledge base on finance, technology and policy covers, so that Pagefind
 * indexes a realistic vocabulary (stemming, CJK segmentation) rather than noise.
 */

export const EN = {
  nouns: [
    'bank', 'market', 'ledger', 'regulator', 'currency', 'payment', 'exchange', 'token', 'wallet', 'reserve',
    'policy', 'investor', 'network', 'protocol', 'contract', 'custody', 'audit', 'license', 'fund', 'bond',
    'inflation', 'interest', 'credit', 'loan', 'deposit', 'stablecoin', 'blockchain', 'platform', 'startup', 'company',
    'government', 'ministry', 'parliament', 'court', 'committee', 'report', 'survey', 'study', 'pilot', 'framework',
    'standard', 'guideline', 'rule', 'law', 'tax', 'budget', 'deficit', 'economy', 'growth', 'trade',
    'border', 'remittance', 'transfer', 'settlement', 'clearing', 'system', 'database', 'server', 'node', 'miner',
    'validator', 'signature', 'key', 'password', 'identity', 'privacy', 'security', 'breach', 'attack', 'fraud',
    'scheme', 'scandal', 'lawsuit', 'penalty', 'fine', 'investigation', 'prosecutor', 'auditor', 'accountant', 'analyst',
    'economist', 'banker', 'trader', 'developer', 'engineer', 'researcher', 'journalist', 'official', 'minister', 'governor',
    'price', 'volume', 'volatility', 'liquidity', 'risk', 'return', 'yield', 'asset', 'liability', 'capital',
    'supply', 'demand', 'shortage', 'surplus', 'index', 'benchmark', 'forecast', 'quarter', 'decade', 'century',
    'farmer', 'factory', 'harbour', 'railway', 'airport', 'hospital', 'school', 'university', 'library', 'museum',
    'energy', 'electricity', 'climate', 'carbon', 'emission', 'water', 'harvest', 'shipment', 'container', 'supplier',
    'consumer', 'customer', 'merchant', 'retailer', 'shop', 'card', 'terminal', 'app', 'phone', 'account',
  ],
  verbs: [
    'approved', 'rejected', 'launched', 'suspended', 'proposed', 'announced', 'reviewed', 'tested', 'issued', 'banned',
    'regulated', 'audited', 'expanded', 'reduced', 'increased', 'delayed', 'confirmed', 'denied', 'published', 'signed',
    'examined', 'questioned', 'supported', 'opposed', 'funded', 'acquired', 'merged', 'closed', 'opened', 'replaced',
    'measured', 'reported', 'warned', 'welcomed', 'criticised', 'adopted', 'drafted', 'amended', 'enforced', 'settled',
  ],
  adjectives: [
    'central', 'digital', 'national', 'regional', 'global', 'local', 'public', 'private', 'new', 'old',
    'large', 'small', 'rapid', 'slow', 'stable', 'volatile', 'secure', 'fragile', 'open', 'closed',
    'legal', 'illegal', 'formal', 'informal', 'cautious', 'ambitious', 'modest', 'strict', 'loose', 'independent',
    'foreign', 'domestic', 'commercial', 'financial', 'technical', 'political', 'economic', 'social', 'early', 'late',
    'first', 'second', 'final', 'annual', 'monthly', 'weekly', 'quarterly', 'temporary', 'permanent', 'experimental',
  ],
  adverbs: ['quickly', 'slowly', 'carefully', 'openly', 'quietly', 'formally', 'largely', 'partly', 'firmly', 'already'],
  prepositions: ['for', 'with', 'against', 'under', 'after', 'before', 'across', 'within', 'without', 'between'],
  connectives: ['However', 'Meanwhile', 'In addition', 'As a result', 'At the same time', 'By contrast', 'Still', 'Later'],
  names: [
    'Maria Lopez', 'Chen Wei', 'Amara Okafor', 'Jonas Berg', 'Priya Natarajan', 'Tomas Novak', 'Liu Yang', 'Sofia Rossi',
    'Kenji Tanaka', 'Fatima Haddad', 'Oliver Grant', 'Zhang Min', 'Elena Petrova', 'Samuel Mensah', 'Hana Kim', 'Diego Alvarez',
  ],
  organisations: [
    'the central bank', 'the finance ministry', 'the securities commission', 'the tax office', 'the statistics bureau',
    'the payments council', 'the trade association', 'the consumer watchdog', 'the data protection authority',
    'the stock exchange', 'the development bank', 'the audit office',
  ],
  places: [
    'Singapore', 'Shanghai', 'Shenzhen', 'Hong Kong', 'London', 'Frankfurt', 'Zurich', 'Seoul', 'Tokyo', 'Nairobi',
    'Lagos', 'Toronto', 'Sydney', 'Dubai', 'Mumbai', 'Warsaw', 'Lisbon', 'Bratislava', 'Caracas', 'Manila',
  ],
};

export const ZH = {
  nouns: [
    '银行', '市场', '账本', '监管机构', '货币', '支付', '交易所', '代币', '钱包', '储备',
    '政策', '投资者', '网络', '协议', '合约', '托管', '审计', '牌照', '基金', '债券',
    '通货膨胀', '利率', '信贷', '贷款', '存款', '稳定币', '区块链', '平台', '初创企业', '公司',
    '政府', '财政部', '议会', '法院', '委员会', '报告', '调查', '研究', '试点', '框架',
    '标准', '指引', '规则', '法律', '税收', '预算', '赤字', '经济', '增长', '贸易',
    '边境', '汇款', '转账', '结算', '清算', '系统', '数据库', '服务器', '节点', '矿工',
    '签名', '密钥', '身份', '隐私', '安全', '漏洞', '攻击', '欺诈', '丑闻', '诉讼',
    '罚款', '检察官', '会计师', '分析师', '经济学家', '交易员', '开发者', '工程师', '研究人员', '记者',
    '官员', '部长', '行长', '价格', '成交量', '波动', '流动性', '风险', '收益', '资产',
    '负债', '资本', '供给', '需求', '指数', '预测', '季度', '农民', '工厂', '港口',
    '铁路', '机场', '医院', '学校', '大学', '图书馆', '能源', '电力', '气候', '碳排放',
    '物流', '集装箱', '供应商', '消费者', '客户', '商户', '零售商', '银行卡', '终端', '手机',
    '账户', '跨境支付', '数字人民币', '央行', '金融科技', '反洗钱', '合规', '监管沙盒', '智能合约', '分布式账本',
  ],
  verbs: [
    '批准', '拒绝', '推出', '暂停', '提出', '宣布', '审查', '测试', '发行', '禁止',
    '监管', '审计', '扩大', '减少', '增加', '推迟', '确认', '否认', '发布', '签署',
    '研究', '质疑', '支持', '反对', '资助', '收购', '合并', '关闭', '开放', '取代',
    '衡量', '报道', '警告', '欢迎', '批评', '采用', '起草', '修订', '执行', '完成',
  ],
  adjectives: [
    '中央', '数字', '全国性', '区域性', '全球', '地方', '公共', '私人', '新的', '传统',
    '大型', '小型', '快速', '缓慢', '稳定', '剧烈', '安全', '脆弱', '开放', '封闭',
    '合法', '非法', '正式', '非正式', '谨慎', '雄心勃勃', '温和', '严格', '宽松', '独立',
    '外国', '国内', '商业', '金融', '技术', '政治', '经济', '社会', '早期', '最终',
  ],
  adverbs: ['迅速', '逐步', '谨慎地', '公开', '悄悄', '正式', '基本上', '部分', '坚定地', '已经', '首次', '再次'],
  connectives: ['然而', '与此同时', '此外', '因此', '另一方面', '相比之下', '不过', '随后', '总体来看', '值得注意的是'],
  times: ['今年年初', '去年', '上个月', '本季度', '近日', '三年前', '同年秋天', '2019年', '2020年底', '此前'],
  names: ['王建国', '李晓梅', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '黄磊', '周婷', '吴强', '徐丽', '孙浩', '朱幼平', '马凯', '胡月', '郭涛'],
  organisations: ['中国人民银行', '财政部', '证监会', '银保监会', '国家统计局', '支付清算协会', '行业协会', '消费者协会', '审计署', '证券交易所', '开发银行', '金融稳定理事会'],
  places: ['新加坡', '上海', '深圳', '香港', '伦敦', '法兰克福', '苏黎世', '首尔', '东京', '内罗毕', '拉各斯', '多伦多', '悉尼', '迪拜', '孟买', '华沙', '里斯本', '斯洛伐克', '加拉加斯', '马尼拉'],
};

/** Topic names in both languages; the generator makes ids from the English name. */
export const TOPICS: readonly { en: string; zh: string }[] = [
  { en: 'Central banking', zh: '中央银行' },
  { en: 'Digital currencies', zh: '数字货币' },
  { en: 'Payments', zh: '支付' },
  { en: 'Regulation', zh: '监管' },
  { en: 'Anti-money laundering', zh: '反洗钱' },
  { en: 'Taxation', zh: '税收' },
  { en: 'Capital markets', zh: '资本市场' },
  { en: 'Banking', zh: '银行业' },
  { en: 'Fintech', zh: '金融科技' },
  { en: 'Cybersecurity', zh: '网络安全' },
  { en: 'Privacy', zh: '隐私' },
  { en: 'Trade', zh: '贸易' },
  { en: 'Energy', zh: '能源' },
  { en: 'Climate', zh: '气候' },
  { en: 'Agriculture', zh: '农业' },
  { en: 'Logistics', zh: '物流' },
  { en: 'Labour', zh: '劳动' },
  { en: 'Education', zh: '教育' },
  { en: 'Health', zh: '健康' },
  { en: 'Housing', zh: '住房' },
  { en: 'Courts', zh: '司法' },
  { en: 'Elections', zh: '选举' },
  { en: 'Infrastructure', zh: '基础设施' },
  { en: 'Statistics', zh: '统计' },
];

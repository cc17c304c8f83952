import { describe, expect, it } from 'vitest';
import { createConfusionRule } from '../../../lib/rules/confusions';
import { brief, runRules } from '../../helpers/check';
import { seedText } from './tables-fixture';

const rule = createConfusionRule();

describe('typo.context-* (context confusions)', () => {
  it.each([
    ['再日常工作中，我们始终坚持问题导向。', 'typo.context-zai warn 再', '在'],
    // round 31 (set AB): a real word for its homophone in the frame of the right one
    ['县委按照全省农村工作会议的部属，制定了工作方案。', 'typo.context-ciyu warn 部属', '部署'],
    ['您反应的孩子随迁入学问题，经区教育局核实，现答复如下。', 'typo.context-ciyu warn 反应', '反映'],
    ['末经批准，任何单位和个人不得擅自占用土地建设住宅。', 'typo.context-ciyu warn 末经', '未经'],
    ['由乡镇组织现场堪测定界。', 'typo.context-ciyu warn 堪测', '勘测'],
    // set AA's holdout (opened in round 31)
    ['【暑期防逆水安全提醒】', 'typo.context-ciyu warn 逆水', '溺水'],
    ['国庆期间郎中古城周边实行交通管制。', 'typo.context-ciyu warn 郎中', '阆中'],
    ['诸暨市枫乔镇调解员说。', 'typo.context-ciyu warn 枫乔', '枫桥'],
    // set AC's tune half
    ['各村要把人居环境政治与产业发展结合起来。', 'typo.context-ciyu warn 政治', '整治'],
    ['确保各项任务落石到村到户。', 'typo.context-ciyu warn 落石', '落实'],
    ['作为新疆维吾尔自制区冰雪资源最丰富的地区之一。', 'typo.context-ciyu warn 自制', '自治'],
    ['您通过12345热线反应的小区供暖问题已收悉。', 'typo.context-ciyu warn 反应', '反映'],
    // set AD's tune half (round 32)
    ['县里与省内农业院校结队共建科技小院。', 'typo.context-ciyu warn 结队', '结对'],
    ['【寒朝蓝色预警】受强冷空气影响。', 'typo.context-ciyu warn 寒朝', '寒潮'],
    ['继成开始后，按照法定继承办理。', 'typo.context-ciyu warn 继成', '继承'],
    ['2024年署假即将开始。', 'typo.context-ciyu warn 署假', '暑假'],
    // set AE's tune half
    ['县妇幼保健院开展了宫颈癌和乳腺癌筛察。', 'typo.context-ciyu warn 筛察', '筛查'],
    ['严禁焚香烧纸等祭祠用火行为。', 'typo.context-ciyu warn 祭祠', '祭祀'],
    ['县气象台发布暴雨兰色预警信号。', 'typo.context-ciyu warn 兰色', '蓝色'],
    ['在未成年人检察工作室，检查官向代表们展示了询问场所。', 'typo.context-ciyu warn 检查官', '检察官'],
    ['住房公积金贷款最高额渡由60万元提高至80万元。', 'typo.context-ciyu warn 额渡', '额度'],
    ['检出不合格4批次，其中缸豆2批次。', 'typo.context-ciyu warn 缸豆', '豇豆'],
    ['局地伴有冰暴和8级以上雷暴大风。', 'typo.context-ciyu warn 冰暴', '冰雹'],
    ['依法对被执行人名下车辆予以扣压。', 'typo.context-ciyu warn 扣压', '扣押'],
    ['会泽县医疗保证局整理了参保缴费的重点内容。', 'typo.context-ciyu warn 保证', '保障'],
    ['近期全州森林火险气象登记将持续处于四级以上。', 'typo.context-ciyu warn 登记', '等级'],
    ['过境车辆可经福银高速饶行。', 'typo.context-ciyu warn 饶行', '绕行'],
    // round 25: 上诉, 检查, and real words picked for their homophones where only the homophone fits
    ['宣判后，被告人当庭表示不上述。', 'typo.context-shangsu warn 上述', '上诉'],
    ['应征青年须参加体格检察。', 'typo.context-jiancha warn 检察', '检查'],
    ['经调查核实，现将办理情况恢复如下。', 'typo.context-ciyu warn 恢复', '回复'],
    ['车站设有失误招领处。', 'typo.context-ciyu warn 失误', '失物'],
    ['检察机关依法提起公议诉讼。', 'typo.context-ciyu warn 公议', '公益'],
    ['该规划草案现向社会公开征求异见。', 'typo.context-ciyu warn 异见', '意见'],
    ['会上，他在次强调了安全生产的重要性。', 'typo.context-zai warn 在', '再'],
    ['我们在三提醒广大市民注意防范。', 'typo.context-zai warn 在', '再'],
    ['再此感谢各位志愿者的辛勤付出。', 'typo.context-zai warn 再', '在'],
    ['相关部门正再推进整改工作。', 'typo.context-zai warn 正再', '正在'],
    ['党员干部要牢牢的把握正确方向。', 'typo.context-de warn 的', '地'],
    ['要坚定不移的推进全面从严治党。', 'typo.context-de warn 的', '地'],
    // a manner adverb before a verb with 了 (round 23)
    ['各校师生认真的准备了诵读、情景剧等节目。', 'typo.context-de warn 的', '地'],
    ['我们将密切的关注天气变化，及时发布预警。', 'typo.context-de warn 的', '地'],
    ['这项工作他们做的好，群众很满意。', 'typo.context-de-complement warn 的', '得'],
    ['该项目以经完成主体施工。', 'typo.context-yi warn 以', '已'],
    ['今年已来，全市新增就业2万人。', 'typo.context-yi warn 已', '以'],
    ['请尽快提交材料，已便及时审核。', 'typo.context-yi warn 已', '以'],
    ['请妥善保管证件，已免造成损失。', 'typo.context-yi warn 已', '以'],
    ['该工程以于3月5日正式开工。', 'typo.context-yi warn 以', '已'],
    ['申请人必需按时提交申请材料。', 'typo.context-xu warn 需', '须'],
    ['退休人员每年必需完成一次待遇资格认证。', 'typo.context-xu warn 需', '须'],
    ['即要抓好发展，又要守住安全底线。', 'typo.context-ji warn 即', '既'],
    ['本办法自既日起施行。', 'typo.context-ji warn 既', '即'],
    ['既使遇到困难，也不能放松要求。', 'typo.context-ji warn 既', '即'],
    ['他好象已经离开了会场。', 'typo.context-xiang info 象', '像'],
    ['进入现场请正确佩带口罩。', 'typo.context-dai warn 带', '戴'],
    ['群众反应的问题已全部办结。', 'typo.context-fanying warn 反应', '反映'],
    ['他们自已动手美化了院落。', 'typo.context-ji3 warn 自已', '自己'],
    ['这一问题早己得到解决。', 'typo.context-ji3 warn 己', '已'],
    ['做为基层干部，要把群众放在心上。', 'typo.context-zuo warn 做', '作'],
    ['公民依法享有权力和义务。', 'typo.context-quanli warn 权力', '权利'],
    ['人民代表大会是国家权利机关。', 'typo.context-quanli warn 权利', '权力'],
    ['单位自下月起正式起用新公章。', 'typo.context-qiyong warn 起用', '启用'],
    ['要大胆启用年轻干部。', 'typo.context-qiyong warn 启用', '起用'],
    ['孩子们渡过了一个愉快的暑假。', 'typo.context-duguo warn 渡', '度'],
    ['全市人民欢渡国庆佳节。', 'typo.context-duguo warn 渡', '度'],
    ['请登陆平台填报相关信息。', 'typo.context-denglu warn 登陆', '登录'],
    ['市民可登陆“市民服务”小程序进行预约。', 'typo.context-denglu warn 登陆', '登录'],
    ['考生可登陆省教育考试院网站或拨打咨询电话查询。', 'typo.context-denglu warn 登陆', '登录'],
    ['市民登陆政务服务网即可在线办理。', 'typo.context-denglu warn 登陆', '登录'],
    ['各村要认真的排查安全隐患。', 'typo.context-de warn 的', '地'],
    ['新生入学需知', 'typo.context-xu warn 需', '须'],
    ['两村村民象亲兄弟一样互帮互助。', 'typo.context-xiang info 象', '像'],
    ['居民可以向社区干部反应情况。', 'typo.context-fanying warn 反应', '反映'],
    ['公示期间如有反应情况，请通过来信、来电等方式向县委组织部反映。', 'typo.context-fanying warn 反应', '反映'],
    ['如您对办理时限有意见，也可以向12345热线反应。', 'typo.context-fanying warn 反应', '反映'],
    ['本办法自2025年1月1日起实时，有效期5年。', 'typo.context-ciyu warn 实时', '实施'],
    ['办理时请在大厅等侯叫号，不要拥挤。', 'typo.context-ciyu warn 等侯', '等候'],
    ['要修定完善防汛应急预案。', 'typo.context-ciyu warn 修定', '修订'],
    ['也可到办税服务厅窗口获取帮组。', 'typo.context-ciyu warn 帮组', '帮助'],
    ['出行前核实护照有效期和目的地签正要求。', 'typo.context-ciyu warn 签正', '签证'],
    ['雨夹雪，周末最底气温跌至零下。', 'typo.context-ciyu warn 最底', '最低'],
    ['交了11完定金后，发现房子有问题。', 'typo.context-ciyu warn 完', '万'],
    ['她响我打招呼后离开。', 'typo.context-ciyu warn 响', '向'],
    ['红绿灯一出，市民不用在担心误闯红灯。', 'typo.context-ciyu warn 在', '再'],
    ['14国将人名币纳入外汇储备。', 'typo.context-ciyu warn 人名币', '人民币'],
    ['各名族群众欢度节日。', 'typo.context-ciyu warn 名族', '民族'],
    ['保障农名工工资按时足额支付。', 'typo.context-ciyu warn 农名', '农民'],
    ['召开村名代表大会。', 'typo.context-ciyu warn 村名', '村民'],
    ['坚持为名服务。', 'typo.context-ciyu warn 名', '民'],
    ['大力开展像雷锋同志学习活动。', 'typo.context-ciyu warn 像', '向'],
    ['经过教育，他说在也不敢了。', 'typo.context-ciyu warn 在', '再'],
    ['违约产生的费用均有乙方自负。', 'typo.context-ciyu warn 有', '由'],
    ['疫情爆发后，全市迅速行动。', 'typo.context-ciyu warn 爆发', '暴发'],
    ['新建道路全场12公里。', 'typo.context-ciyu warn 全场', '全长'],
    ['全县在册贫困户均以脱贫。', 'typo.context-ciyu warn 以', '已'],
    ['要切实加强组织领到。', 'typo.context-ciyu warn 领到', '领导'],
    ['各单位要按照要求及时上抱。', 'typo.context-ciyu warn 上抱', '上报'],
    ['帮助企业度过难关。', 'typo.context-duguo warn 度', '渡'],
    // round 30: a gas leaks (泄漏), information leaks out (泄露); 退费事宜; 监督检查; 必须 before an action
    ['可能是发生了燃气泄露，千万不要开关电器。', 'typo.context-ciyu warn 泄露', '泄漏'],
    ['严防个人信息泄漏。', 'typo.context-ciyu warn 泄漏', '泄露'],
    ['责令其与学员协商退费适宜。', 'typo.context-ciyu warn 适宜', '事宜'],
    ['对农贸市场开展食品安全监督检察。', 'typo.context-jiancha warn 检察', '检查'],
    ['进入施工现场的人员必需正确佩戴安全帽。', 'typo.context-xu warn 需', '须'],
    ['您可以依法维护自己的合法权力。', 'typo.context-quanli warn 权力', '权利'],
    ['政策过度期为两年。', 'typo.context-ciyu warn 过度', '过渡'],
    ['判处无期徒刑，剥夺政治权利终生。', 'typo.context-ciyu warn 终生', '终身'],
    ['市委组织部到我县考查干部。', 'typo.context-ciyu warn 考查', '考察'],
    ['进一步提升城市品味。', 'typo.context-ciyu warn 品味', '品位'],
    ['防止出现松解麻痹思想。', 'typo.context-ciyu warn 松解', '松懈'],
    ['杜绝此类事件再次发声。', 'typo.context-ciyu warn 发声', '发生'],
    ['大力选拔年青干部。', 'typo.context-ciyu warn 年青', '年轻'],
    ['竖立良好的社会形象。', 'typo.context-ciyu warn 竖立', '树立'],
    ['各乡镇要做好小麦病虫害防止工作。', 'typo.context-ciyu warn 防止', '防治'],
    ['申请人需由所在单位出局在职证明。', 'typo.context-ciyu warn 出局', '出具'],
    ['食品经营许可证即将到齐的，请及时申请延续。', 'typo.context-ciyu warn 到齐', '到期'],
    ['市民可通过12345热线反应供暖不热等问题。', 'typo.context-ciyu warn 反应', '反映'],
    ['消费者享有依法获得有关消费知识的权力。', 'typo.context-quanli warn 权力', '权利'],
    ['实现人生报复。', 'typo.context-ciyu warn 报复', '抱负'],
    ['要鉴定理想信念。', 'typo.context-ciyu warn 鉴定', '坚定'],
    ['坚定结果显示合格。', 'typo.context-ciyu warn 坚定', '鉴定'],
    ['当前防汛形式依然严峻。', 'typo.context-ciyu warn 形式', '形势'],
    ['质量工作部际练习会议成员名单。', 'typo.context-ciyu warn 练习会议', '联席会议'],
    ['广西壮族自台区林业局。', 'typo.context-ciyu warn 自台', '自治'],
    ['建成实时在线的国资兼管平台。', 'typo.context-ciyu warn 兼管', '监管'],
    ['各级当政机关要带头过紧日子。', 'typo.context-ciyu warn 当政', '党政'],
    ['县级人民政府编织土地利用总体规划。', 'typo.context-ciyu warn 编织', '编制'],
    ['加大自尽投入，创新投入方式。', 'typo.context-ciyu warn 自尽', '资金'],
    ['未能正确旅行本办法所列职责的，责令改正。', 'typo.context-ciyu warn 旅行', '履行'],
    ['商务部前头，各部门配合。', 'typo.context-ciyu warn 前头', '牵头'],
    ['各单位要作好汛期值班工作。', 'typo.context-zuo warn 作', '做'],
    ['严禁向河中仍垃圾。', 'typo.context-reng warn 仍', '扔'],
    ['请勿随手仍烟头。', 'typo.context-reng warn 仍', '扔'],
    ['中国共产党第二十界中央委员会第四次全体会议在北京举行。', 'typo.context-jie block 界', '届'],
    ['第十五界全运会将在广东举行。', 'typo.context-jie warn 界', '届'],
    ['骑乘电动自行车请规范配戴安全头盔。', 'typo.context-pei warn 配', '佩'],
    ['积极宣传防震减灾知识，提高群众的防范意思。', 'typo.context-yishi warn 意思', '意识'],
    ['问：门诊慢特病那些药品可以报销？', 'typo.context-na warn 那', '哪'],
    ['新生于8月30日上午到校报道，请携带录取通知书。', 'typo.context-baodao warn 报道', '报到'],
    ['复印件模糊的一率不予受理。', 'typo.context-yilv warn 一率', '一律'],
    ['登陆国家企业信用信息公示系统，进入年报入口。', 'typo.context-denglu warn 登陆', '登录'],
    ['要严防火势漫延，确保人员安全。', 'typo.context-manyan warn 漫延', '蔓延'],
    ['疫情漫延期间，请减少聚集。', 'typo.context-manyan warn 漫延', '蔓延'],
    ['正规客服不会索要验证码，切务点击陌生链接。', 'typo.context-qiewu warn 切务', '切勿'],
    // round 26: 人 for its look-alike 入, and homophones in their frames
    ['培训围绕研发投人归集进行讲解。', 'typo.context-ruren warn 投人', '投入'],
    ['将符合条件的群众纳人低保范围。', 'typo.context-ruren warn 纳人', '纳入'],
    ['城镇居民人均可支配收人稳步增长。', 'typo.context-ruren warn 收人', '收入'],
    ['区司法局组织社区校正对象开展集中教育。', 'typo.context-ciyu warn 校正', '矫正'],
    ['经人民调解员耐心调节，双方当场签订调解协议。', 'typo.context-ciyu warn 调节', '调解'],
    ['农技人员深入田间监测商情。', 'typo.context-ciyu warn 商情', '墒情'],
    ['电动自行车严禁飞线冲电。', 'typo.context-ciyu warn 冲电', '充电'],
    ['对进口农产品实行检验检役绿色通道。', 'typo.context-ciyu warn 检役', '检疫'],
    ['办理继承可先到公正处办理继承公证。', 'typo.context-ciyu warn 公正', '公证'],
    ['公安机关追回脏物3件。', 'typo.context-ciyu warn 脏物', '赃物'],
    ['我们知到这个问题很重要。', 'typo.context-ciyu warn 知到', '知道'],
    ['各部门要加强协调配和。', 'typo.context-ciyu warn 配和', '配合'],
    ['做好防汛准被工作。', 'typo.context-ciyu warn 准被', '准备'],
    ['营造良好的社会氛为。', 'typo.context-ciyu warn 氛为', '氛围'],
    ['加强组织领道。', 'typo.context-ciyu warn 领道', '领导'],
    ['坚持问题导象。', 'typo.context-ciyu warn 导象', '导向'],
    ['开展环境卫生整制行动。', 'typo.context-ciyu warn 整制', '整治'],
    ['满足人民日宜增长的美好生活需要。', 'typo.context-ciyu warn 日宜', '日益'],
    ['全面提升服务水品。', 'typo.context-ciyu warn 水品', '水平'],
    ['保障人民群众身体建康。', 'typo.context-ciyu warn 建康', '健康'],
    ['加快补齐民生短版。', 'typo.context-ciyu warn 短版', '短板'],
    ['请将材料报送至办公市。', 'typo.context-ciyu warn 办公市', '办公室'],
    ['规范执法行位。', 'typo.context-ciyu warn 行位', '行为'],
    ['加强食品安全监督抽减。', 'typo.context-ciyu warn 抽减', '抽检'],
    ['改善人据环境。', 'typo.context-ciyu warn 人据', '人居'],
    ['健全长效机智。', 'typo.context-ciyu warn 机智', '机制'],
    ['做好重要农产品稳产保共。', 'typo.context-ciyu warn 保共', '保供'],
    ['严禁酒后驾使。', 'typo.context-ciyu warn 驾使', '驾驶'],
    ['部份群众反映路灯不亮。', 'typo.context-ciyu warn 部份', '部分'],
    ['所有申报材料将在五个工作日内完成审合。', 'typo.context-ciyu warn 审合', '审核'],
    ['消费者可通过12315平台进行投述。', 'typo.context-ciyu warn 投述', '投诉'],
    ['各地要抓好各项惠企政策的全面落时。', 'typo.context-ciyu warn 落时', '落实'],
    ['执法人员依法作出处伐决定。', 'typo.context-ciyu warn 处伐', '处罚'],
    ['法院依法作出一审判绝。', 'typo.context-ciyu warn 判绝', '判决'],
    ['请于规定时间内到现场报明。', 'typo.context-ciyu warn 报明', '报名'],
    ['开展入户走方活动。', 'typo.context-ciyu warn 走方', '走访'],
    ['进一步简化办事流成。', 'typo.context-ciyu warn 流成', '流程'],
    ['提高群众满意渡。', 'typo.context-ciyu warn 满意渡', '满意度'],
    ['确保各项任务按期完城。', 'typo.context-ciyu warn 完城', '完成'],
    ['及时处理群众举保。', 'typo.context-ciyu warn 举保', '举报'],
    ['深入开展调查研就。', 'typo.context-ciyu warn 研就', '研究'],
    ['对违法行为依法查出。', 'typo.context-ciyu warn 查出', '查处'],
    ['绘就一副乡村振兴的美丽画卷。', 'typo.context-ciyu warn 副', '幅'],
    ['他戴着一幅眼镜。', 'typo.context-ciyu warn 幅', '副'],
    ['公安机关破获一起电信诈骗按。', 'typo.context-ciyu warn 按', '案'],
    ['一但发现火情，立即报警。', 'typo.context-ciyu warn 一但', '一旦'],
    ['不防到现场看看。', 'typo.context-ciyu warn 不防', '不妨'],
    ['冬季用电量大，由其是老年人要注意防范。', 'typo.context-ciyu warn 由其', '尤其'],
    ['各单位因该按照规定办理。', 'typo.context-ciyu warn 因该', '应该'],
    ['双方达成一至意见。', 'typo.context-ciyu warn 一至', '一致'],
    ['依托侦察监督与协作配合办公室开展监督。', 'typo.context-ciyu warn 侦察', '侦查'],
    ['公安机关已对该案立案侦察。', 'typo.context-ciyu warn 侦察', '侦查'],
    ['局地伴有雷暴大风和冰包。', 'typo.context-ciyu warn 冰包', '冰雹'],
    ['如有其他问题，欢迎至电12345热线反映。', 'typo.context-ciyu warn 至电', '致电'],
    ['有权在判决书送达之日起十五日内递交上述状。', 'typo.context-ciyu warn 上述状', '上诉状'],
    ['构成拒不执行判决、栽定罪的，依法追究刑事责任。', 'typo.context-ciyu warn 栽定', '裁定'],
    ['对全市预拌混泥土生产企业开展抽检。', 'typo.context-ciyu warn 混泥土', '混凝土'],
    ['请沿河群众不要在河道、提防上逗留。', 'typo.context-ciyu warn 提防', '堤防'],
    // look-alikes of very common characters in the words that take the right one
    ['关干进一步加强安全生产工作的通知', 'typo.context-xingjin warn 关干', '关于'],
    ['由干天气原因，活动延期。', 'typo.context-xingjin warn 由干', '由于'],
    ['向消防战土致敬。', 'typo.context-xingjin warn 战土', '战士'],
    ['全面开展士地确权工作。', 'typo.context-xingjin warn 士地', '土地'],
    ['各级千部要带头落实。', 'typo.context-xingjin warn 千', '干'],
    ['本次共发放补贴一干余万元。', 'typo.context-xingjin warn 干', '千'],
    ['为深入学习贯彻党的二十界三中全会精神。', 'typo.context-jie block 界', '届'],
  ])('%s', (body, expected, suggestion) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([expected]);
    expect(f[0]!.suggestions).toEqual([suggestion]);
  });

  it.each([
    '会后再研究，再此事项另行通知。', // 再 + 研究; 再此事项 is not a greeting
    '教育部部属高校今年招生计划公布。', // 部属高校: universities of a ministry
    '逆水行舟，不进则退；旧时的郎中走街串巷。',
    '雨季注意山体落石；研讨国际政治与经济；开发自制区块链应用。',
    '患者用药后出现过敏反应的情况较少。', // a reaction
    '全年年末经济总量突破千亿元。', // 年末 + 经济
    '群众生活不堪重负的局面已经改变。',
    '消防员进行火情侦察，侦察兵完成训练。', // 侦察 is reconnaissance
    '扭伤后可先用冰包冷敷。', // an ice pack
    '截至电网改造完成，共更换线路12公里。', // 截至 before a word starting with 电
    '雨天出行要提防路面湿滑，小心驾驶。', // 提防 is to be on guard
    '接种后如有反应情况请及时联系接种单位或就医。', // a vaccine's reaction
    '江水漫延至堤脚；漫延的群山连绵起伏。', // 漫延 of water and land
    '一切务必以安全为重；确切务实地推进。', // 一切 + 务必, 确切 + 务实
    '台风登陆后，气象系统将持续监测。', // a landing, the system is another clause
    '第三世界国家；跨界合作；各界人士；第二十届中央委员会；第一界面显示正常。', // 界 not after an ordinal, or not a session
    '近视的同学应及时配戴眼镜；规范佩戴安全头盔。', // 配戴 glasses
    '整治后，河道两岸仍垃圾成堆的问题已基本解决；部分路段仍有杂物。', // 仍 = 仍然
    '在次日上午，在一次会议上，他提出了建议。', // 在次日, 在一次会议上
    '真正再出发；反正再等一等。', // 真正再, 反正再
    '深深的敬意；扎扎实实的工作；默默的付出是最好的回答。', // attributive 的 before a noun
    '他们做的好事；这是我们落实的好办法；做的好不好要看群众。',
    '以经济建设为中心，以经验教训为鉴。', // 以 + noun
    '冬天已来，春天还会远吗？予以于法有据的答复。',
    '水、电是生活必需品，这些是必需的。', // 必需 before a noun
    '服务需求不断增长，业务需要调整。', // 服务需求, 业务需要
    '既使企业受益，又使群众满意；既使企业受益，也使群众满意。', // 既……又/也……
    '即使遇到困难，也不能放松要求；新馆即将开放。',
    '想象力；现象和形象；象征意义。',
    '问题得到有效的解决；起到积极的推动作用；要认真的态度。', // 的 before a nominal verb or a noun
    '经过认真的准备，演出取得圆满成功。', // 认真的准备 is a noun phrase without 了
    '报名前需知道以下事项。', // 需知道 is 需要知道
    '大象像一座小山一样；这种现象一般不会出现。',
    '药物不良反应情况；他反应很快，情况已经说清。',
    '向他反应过敏的药物说明；一起实时监测；王某、李某等侯姓人员。', // a reaction, real time, 等 + a surname
    '驻村帮组开展走访；修定的日子；签正楷字帖。', // a team, other words
    '社会最底层；完成11完工项目中的3个；影响我们；不要在这里吸烟，不用在现场排队。', // the bottom, a place
    '村名由来；像他一样学习；现在也不晚，实在也没办法；名族望族。', // a village's name, a likeness, 在 of another word
    '我们要像对贫困宣战一样，坚决向污染宣战。', // 像…一样
    '各村均有专人负责；每户均有个人账户。', // 有 someone or something
    '当政者；编织毛衣；旅行社组织旅行；走在前头；主人翁；时常监督；兼管后勤。', // the words themselves
    '火山爆发；爆发战争；情绪爆发。', // 爆发 of volcanoes, wars, feelings
    '全场观众起立；均以完成全年任务为目标；领到补贴；度过难忘的假期。', // the words themselves
    '工作好不好群众说了算；双方合作好、协作好；把它当作好的开始。',
    '要作好防汛抢险的各项准备；作好调查研究。', // a verb as object takes 作 (杜永道 2024)
    '按规定佩带枪支；随身带好口罩。',
    '出现过敏反应的问题要及时处置；不良反应情况报告。', // a reaction
    '各自已经完成任务；自己经营的店铺。', // 各自 + 已经, 自己 + 经营
    '当做为人民服务的事业；叫做用心。',
    '依法行使权力，履行义务；权利义务相统一；办公权利人。', // 权力 + a comma before 义务; 权利义务
    '从今年起用两年时间完成改造；新系统正式启用。', // 起 + 用
    '启用干部档案管理系统。', // a system
    '帮助企业渡过难关；渡过长江；共渡难关。', // 渡 a difficulty, a river
    '台风在沿海登陆；登陆作战；台风登陆广东湛江后减弱为热带风暴，气象服务平台发布预警。', // a landing
    '安全的意思是没有危险；安全意思是指没有危险；当事人意思表示真实。', // a meaning, an intent
    '那些药品可以报销吗？难道那些规定不管用？那些药品已纳入目录。', // other question words, rhetoric, a statement
    '记者前来报道；新华社报道；媒体对新生报道很多。', // news
    '统一率达到95%；唯一率。', // rates
    // round 25: the homophones where they are right
    '上述规定自发布之日起施行，上述人员名单见附件。',
    '检察院、检察官依法履行法律监督职责，检察机关提出检察建议。',
    // round 30: 检察 of the procuratorate after a frame word, 泄露 of secrets, 适宜 of weather, 必需 of things
    '防止溺水；出局名单；人员到齐后出发；化学反应；国家机关依法享有的权力；热线接通后反应迅速。',
    '竖立起一块石碑；打击报复；司法鉴定；坚定信念；多种形式的活动；经济形式；灵活多样的就业形式；形式主义。',
    '过度开发；终生不得重新取得机动车驾驶证；考查课成绩；品味生活；年青一代；外交部多次发声；肌腱松解术。',
    '县检察院开展检察开放日活动；加强日常检察监督；泄露国家秘密；天然气管道泄漏；当地气温适宜；生活必需品；是必需的。',
    '恢复生产、恢复如初；心领神会意在言外；操作失误；保户权益；实时监测数据；汽车制动系统；监控回放视频。',
    // round 26: 人 starting a word or after a verb ending another word; 调节 of things; 商情 of trade
    '吸纳人才；投人民币；资深人士；记录人签字；中介人；搬迁人；关注人的全面发展；征收人给予补偿；设计人提交。',
    '本次招聘会重点推介人参、黑木耳等特色产业岗位；上述状况已整改。',
    '调节室内温度；经济调节；市场商情；视力校正。',
    '公正处理每一起案件，坚持公正司法；各界人士、十二界别委员出席。',
    '大干一场，多干实事，天气过干，地处干旱区，关干部什么事；三千部手机；人士地位；国土、领导；清理楼道脏物。',
    '搭配和使用；批准被撤销；现场气氛为之一振；引领道路；王建康教育局长；办公市场；工作机智灵活；' +
      '审合同、审合作协议；投述职报告；日落时分；各处伐木；重要品牌，我要品尝；报明白；满意渡过；依法查出毒品；' +
      '一幅画卷，一副对联，一副眼镜；诈骗按照新规定处罚；通知到每一户，告知到位；因该项目是重点工程，因该企业违规；一至三月；统一但不统死，第一但书；冷不防到来；由其是否同意决定。',
    // round 32: 成群结队, 部署 before 假期, 签署期限
    '游客成群结队而来；会议部署假期安全工作；合同签署期限为三十日；公署期间。',
    '请检查官网信息；报效祖国；反贫困斗争；扣压群众来信；冰暴是一种冻雨天气；饶行长出席会议；个人信息登记表。',
  ])('leaves %s alone', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });
});

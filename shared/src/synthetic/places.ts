// Real places (GB/T 2260 county-level codes and their townships, as published in the national
// division tables) used by the synthetic world. Only names and codes are real; every street
// number, building and room built on top of them is invented.

/** A county-level division with some of its townships (街道/镇). */
export interface Place {
  /** GB/T 2260 six-digit code of the district or county-level city. */
  code: string;
  province: string;
  /** Prefecture-level city; null for the districts of a municipality (上海市松江区). */
  city: string | null;
  district: string;
  towns: readonly string[];
  /** Long-distance dialling prefix of the city, with the trunk 0. */
  areaCode: string;
  /** Digits in a local fixed-line number there (7 or 8). */
  localDigits: 7 | 8;
}

function place(
  code: string,
  province: string,
  city: string | null,
  district: string,
  areaCode: string,
  localDigits: 7 | 8,
  towns: string,
): Place {
  return { code, province, city, district, areaCode, localDigits, towns: towns.split(' ') };
}

/** Places of the counterfeiting hubs, by key. */
export const HUB_PLACES = {
  putianLicheng: place('350304', '福建省', '莆田市', '荔城区', '0594', 7, '镇海街道 拱辰街道 西天尾镇 黄石镇 新度镇 北高镇'),
  putianChengxiang: place('350302', '福建省', '莆田市', '城厢区', '0594', 7, '龙桥街道 凤凰山街道 霞林街道 华亭镇 灵川镇'),
  putianHanjiang: place('350303', '福建省', '莆田市', '涵江区', '0594', 7, '涵东街道 涵西街道 三江口镇 白塘镇 江口镇 梧塘镇'),
  yiwu: place('330782', '浙江省', '金华市', '义乌市', '0579', 8, '稠城街道 北苑街道 江东街道 稠江街道 后宅街道 廿三里街道 佛堂镇 苏溪镇'),
  guangzhouBaiyun: place('440111', '广东省', '广州市', '白云区', '020', 8, '三元里街道 石井街道 景泰街道 同和街道 新市街道 永平街道 人和镇 太和镇 江高镇'),
  shenzhenBaoan: place('440306', '广东省', '深圳市', '宝安区', '0755', 8, '新安街道 西乡街道 福永街道 沙井街道 松岗街道 石岩街道'),
  shenzhenLonghua: place('440309', '广东省', '深圳市', '龙华区', '0755', 8, '民治街道 龙华街道 大浪街道 观澜街道 福城街道'),
  shenzhenFutian: place('440304', '广东省', '深圳市', '福田区', '0755', 8, '华强北街道 园岭街道 福田街道 沙头街道 华富街道'),
  suzhouChangshu: place('320581', '江苏省', '苏州市', '常熟市', '0512', 8, '虞山街道 常福街道 琴川街道 莫城街道 梅李镇 海虞镇 古里镇'),
  suzhouWuzhong: place('320506', '江苏省', '苏州市', '吴中区', '0512', 8, '长桥街道 越溪街道 郭巷街道 木渎镇 甪直镇 胥口镇'),
  jinjiang: place('350582', '福建省', '泉州市', '晋江市', '0595', 8, '青阳街道 梅岭街道 西园街道 陈埭镇 池店镇 磁灶镇 安海镇'),
  shantouChenghai: place('440515', '广东省', '汕头市', '澄海区', '0754', 8, '凤翔街道 广益街道 澄华街道 莲下镇 莲上镇 溪南镇 东里镇'),
  shanghaiSongjiang: place('310117', '上海市', null, '松江区', '021', 8, '岳阳街道 永丰街道 方松街道 泗泾镇 九亭镇 车墩镇 新桥镇'),
  shanghaiMinhang: place('310112', '上海市', null, '闵行区', '021', 8, '古美街道 新虹街道 莘庄镇 七宝镇 颛桥镇 梅陇镇'),
  fuyangYingzhou: place('341202', '安徽省', '阜阳市', '颍州区', '0558', 7, '鼓楼街道 文峰街道 清河街道 颍西街道 王店镇 三合镇'),
  fuyangYingquan: place('341204', '安徽省', '阜阳市', '颍泉区', '0558', 7, '中市街道 周棚街道 伍明镇 闻集镇 行流镇'),
} as const satisfies Record<string, Place>;

/** Ordinary places where independent sellers live, far from any hub. */
export const ORDINARY_PLACES: readonly Place[] = [
  place('110105', '北京市', null, '朝阳区', '010', 8, '建外街道 朝外街道 呼家楼街道 三里屯街道 左家庄街道'),
  place('110108', '北京市', null, '海淀区', '010', 8, '万寿路街道 羊坊店街道 甘家口街道 八里庄街道 紫竹院街道'),
  place('330106', '浙江省', '杭州市', '西湖区', '0571', 8, '北山街道 西溪街道 翠苑街道 古荡街道 留下街道'),
  place('320106', '江苏省', '南京市', '鼓楼区', '025', 8, '宁海路街道 华侨路街道 湖南路街道 中央门街道 江东街道'),
  place('510107', '四川省', '成都市', '武侯区', '028', 8, '浆洗街街道 望江路街道 玉林街道 火车南站街道 晋阳街道'),
  place('420111', '湖北省', '武汉市', '洪山区', '027', 8, '珞南街道 关山街道 狮子山街道 张家湾街道 梨园街道'),
  place('370102', '山东省', '济南市', '历下区', '0531', 8, '解放路街道 千佛山街道 趵突泉街道 泉城路街道 东关街道'),
  place('430104', '湖南省', '长沙市', '岳麓区', '0731', 8, '望月湖街道 岳麓街道 桔子洲街道 银盆岭街道 观沙岭街道'),
  place('610113', '陕西省', '西安市', '雁塔区', '029', 8, '小寨路街道 大雁塔街道 长延堡街道 电子城街道 等驾坡街道'),
  place('410105', '河南省', '郑州市', '金水区', '0371', 8, '经八路街道 花园路街道 人民路街道 杜岭街道 南阳路街道'),
  place('500112', '重庆市', null, '渝北区', '023', 8, '双龙湖街道 回兴街道 鸳鸯街道 翠云街道 人和街道'),
  place('120104', '天津市', null, '南开区', '022', 8, '长虹街道 鼓楼街道 兴南街道 广开街道 万兴街道'),
  place('210102', '辽宁省', '沈阳市', '和平区', '024', 8, '浑河湾街道 新华街道 马路湾街道 南湖街道 长白街道'),
  place('350203', '福建省', '厦门市', '思明区', '0592', 7, '厦港街道 中华街道 滨海街道 鹭江街道 开元街道'),
  place('330212', '浙江省', '宁波市', '鄞州区', '0574', 8, '下应街道 钟公庙街道 梅墟街道 中河街道 首南街道'),
  place('340104', '安徽省', '合肥市', '蜀山区', '0551', 8, '三里庵街道 稻香村街道 琥珀街道 南七街道 西园街道'),
  place('440305', '广东省', '深圳市', '南山区', '0755', 8, '南头街道 南山街道 沙河街道 蛇口街道 粤海街道'),
  place('440106', '广东省', '广州市', '天河区', '020', 8, '五山街道 员村街道 车陂街道 石牌街道 沙东街道'),
  place('310115', '上海市', null, '浦东新区', '021', 8, '潍坊新村街道 陆家嘴街道 周家渡街道 塘桥街道 南码头路街道'),
  place('330603', '浙江省', '绍兴市', '柯桥区', '0575', 8, '柯桥街道 柯岩街道 华舍街道 湖塘街道 齐贤街道'),
];

/** Road names; combined with numbers they make up the street part of invented addresses. */
export const ROADS: readonly string[] = (
  '工业路 建设路 人民路 新华路 解放路 中山路 兴业路 创业路 科技路 发展大道 环城路 东园路 西园路 ' +
  '南环路 北环路 青年路 和平路 文化路 学府路 站前路 荔园路 福兴路 金山路 龙腾路 振兴路 商贸路 ' +
  '物流大道 滨江路 朝阳路 长安路 光明路 幸福路 团结路 富民路 迎宾大道 胜利路 红旗路 五一路 东风路 宏图路'
).split(' ');

/** The place's name up to the district: 福建省莆田市荔城区, 上海市松江区. */
export function placePrefix(p: Place): string {
  return p.province + (p.city ?? '') + p.district;
}

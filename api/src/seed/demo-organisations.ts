import { OrgKind, Role } from '@cloudsword/shared';

/** Demo alliance: six provinces' police and market regulation, three platforms, a secretariat. */
export const DEMO_ALLIANCE = '云剑长三角及东南沿海打假联盟';

export interface DemoOrg {
  code: string;
  kind: OrgKind;
  name: string;
  provinceCode: string;
  cityCode?: string;
  parent?: string;
}

const province = (code: string, prefix: string, name: string, provinceCode: string): DemoOrg[] => [
  { code: `${prefix}-GA`, kind: OrgKind.POLICE, name: `${name}公安厅`, provinceCode },
  { code: `${prefix}-SJ`, kind: OrgKind.MARKET_REGULATION, name: `${name}市场监督管理局`, provinceCode },
];

const city = (prefix: string, cityPrefix: string, cityName: string, provinceCode: string, cityCode: string): DemoOrg[] => [
  { code: `${cityPrefix}-GA`, kind: OrgKind.POLICE, name: `${cityName}公安局`, provinceCode, cityCode, parent: `${prefix}-GA` },
  { code: `${cityPrefix}-SJ`, kind: OrgKind.MARKET_REGULATION, name: `${cityName}市场监督管理局`, provinceCode, cityCode, parent: `${prefix}-SJ` },
];

export const DEMO_ORGS: DemoOrg[] = [
  { code: 'SECRETARIAT', kind: OrgKind.ALLIANCE_SECRETARIAT, name: '云剑联盟秘书处', provinceCode: '330000', cityCode: '330100' },
  ...province('330000', 'ZJ', '浙江省', '330000'),
  ...city('ZJ', 'ZJ-HZ', '杭州市', '330000', '330100'),
  ...city('ZJ', 'ZJ-JH', '金华市', '330000', '330700'),
  ...province('320000', 'JS', '江苏省', '320000'),
  ...city('JS', 'JS-SZ', '苏州市', '320000', '320500'),
  // Shanghai is a municipality: its bureaus are provincial-level and not called 厅.
  { code: 'SH-GA', kind: OrgKind.POLICE, name: '上海市公安局', provinceCode: '310000' },
  { code: 'SH-SJ', kind: OrgKind.MARKET_REGULATION, name: '上海市市场监督管理局', provinceCode: '310000' },
  ...province('340000', 'AH', '安徽省', '340000'),
  ...city('AH', 'AH-HF', '合肥市', '340000', '340100'),
  ...province('350000', 'FJ', '福建省', '350000'),
  ...city('FJ', 'FJ-PT', '莆田市', '350000', '350300'),
  ...province('440000', 'GD', '广东省', '440000'),
  ...city('GD', 'GD-GZ', '广州市', '440000', '440100'),
  ...city('GD', 'GD-SZ', '深圳市', '440000', '440300'),
  { code: 'HZ-CUSTOMS', kind: OrgKind.CUSTOMS, name: '杭州海关', provinceCode: '330000', cityCode: '330100' },
  { code: 'PLATFORM-TAOBAO', kind: OrgKind.PLATFORM, name: '淘宝平台治理部', provinceCode: '330000', cityCode: '330100' },
  { code: 'PLATFORM-JD', kind: OrgKind.PLATFORM, name: '京东平台治理部', provinceCode: '110000', cityCode: '110100' },
  { code: 'PLATFORM-PDD', kind: OrgKind.PLATFORM, name: '拼多多平台治理部', provinceCode: '310000', cityCode: '310100' },
  { code: 'PLATFORM-DOUYIN', kind: OrgKind.PLATFORM, name: '抖音电商平台治理部', provinceCode: '110000', cityCode: '110100' },
  { code: 'RH-NIKE', kind: OrgKind.RIGHTS_HOLDER, name: '耐克体育（中国）有限公司', provinceCode: '310000', cityCode: '310100' },
];

/** Everyone shares one documented demo password (README "Demo accounts"). */
export const DEMO_PASSWORD = 'Cloudsword-Demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  org: string;
  roles: Role[];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@cloudsword.demo', displayName: '系统管理员', org: 'SECRETARIAT', roles: [Role.SYSTEM_ADMIN] },
  { email: 'coordinator@cloudsword.demo', displayName: '周协调', org: 'SECRETARIAT', roles: [Role.COORDINATOR, Role.ANALYST] },
  { email: 'zj.investigator@police.demo', displayName: '王建国', org: 'ZJ-GA', roles: [Role.INVESTIGATOR] },
  { email: 'zj.analyst@police.demo', displayName: '李晓燕', org: 'ZJ-GA', roles: [Role.ANALYST] },
  { email: 'zj.supervisor@police.demo', displayName: '陈志强', org: 'ZJ-GA', roles: [Role.SUPERVISOR] },
  { email: 'zj.admin@police.demo', displayName: '赵管理', org: 'ZJ-GA', roles: [Role.ORG_ADMIN] },
  { email: 'jh.investigator@police.demo', displayName: '金华侦查员 吴磊', org: 'ZJ-JH-GA', roles: [Role.INVESTIGATOR] },
  { email: 'pt.investigator@police.demo', displayName: '林志明', org: 'FJ-PT-GA', roles: [Role.INVESTIGATOR, Role.ANALYST] },
  { email: 'gz.investigator@police.demo', displayName: '黄海峰', org: 'GD-GZ-GA', roles: [Role.INVESTIGATOR] },
  { email: 'sz.investigator@police.demo', displayName: '张伟', org: 'GD-SZ-GA', roles: [Role.INVESTIGATOR] },
  { email: 'js.investigator@police.demo', displayName: '孙丽', org: 'JS-GA', roles: [Role.INVESTIGATOR] },
  { email: 'sh.investigator@police.demo', displayName: '徐明', org: 'SH-GA', roles: [Role.INVESTIGATOR, Role.SUPERVISOR] },
  { email: 'ah.investigator@police.demo', displayName: '何军', org: 'AH-GA', roles: [Role.INVESTIGATOR] },
  { email: 'zj.amr@amr.demo', displayName: '郑市监', org: 'ZJ-SJ', roles: [Role.INVESTIGATOR, Role.ANALYST] },
  { email: 'jh.amr@amr.demo', displayName: '金华市监 方芳', org: 'ZJ-JH-SJ', roles: [Role.INVESTIGATOR] },
  { email: 'customs@customs.demo', displayName: '海关 钱进', org: 'HZ-CUSTOMS', roles: [Role.INVESTIGATOR] },
  { email: 'taobao@platform.demo', displayName: '淘宝治理 小安', org: 'PLATFORM-TAOBAO', roles: [Role.REFERRER] },
  { email: 'taobao.admin@platform.demo', displayName: '淘宝治理 管理员', org: 'PLATFORM-TAOBAO', roles: [Role.ORG_ADMIN, Role.REFERRER] },
  { email: 'jd@platform.demo', displayName: '京东治理 小京', org: 'PLATFORM-JD', roles: [Role.REFERRER] },
  { email: 'pdd@platform.demo', displayName: '拼多多治理 小拼', org: 'PLATFORM-PDD', roles: [Role.REFERRER] },
  { email: 'douyin@platform.demo', displayName: '抖音治理 小抖', org: 'PLATFORM-DOUYIN', roles: [Role.REFERRER] },
];

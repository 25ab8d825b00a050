import { CATEGORIES, type Category } from './catalog.js';
import { HUB_PLACES, type Place } from './places.js';

/** A known offline counterfeiting base: where the goods of a ring are made and stored. */
export interface Hub {
  /** Stable key used in ground truth (`truth.hub`). */
  key: string;
  /** Chinese name as officers call it. */
  name: string;
  summary: string;
  /** The categories made there, the first being the main one. */
  categories: readonly Category[];
  /** Districts (GB/T 2260) where its workshops, warehouses and shipping points are. */
  places: readonly Place[];
  /** Locally common surnames, drawn for half of the people of the hub's rings. */
  surnames: readonly string[];
}

const P = HUB_PLACES;
const C = CATEGORIES;

/** The known counterfeiting hubs. */
export const HUBS: readonly Hub[] = [
  {
    key: 'putian-sneakers',
    name: '莆田鞋业',
    summary: 'Putian, Fujian: counterfeit sneakers (Nike, Adidas, New Balance)',
    categories: [C.sneakers],
    places: [P.putianLicheng, P.putianChengxiang, P.putianHanjiang],
    surnames: ['林', '陈', '黄', '吴', '郑', '翁'],
  },
  {
    key: 'jinjiang-sportswear',
    name: '晋江运动服饰',
    summary: 'Jinjiang, Quanzhou, Fujian: sportswear and shoes',
    categories: [C.sportswear, C.sneakers],
    places: [P.jinjiang],
    surnames: ['陈', '许', '蔡', '施', '洪'],
  },
  {
    key: 'yiwu-commodities',
    name: '义乌小商品',
    summary: 'Yiwu, Jinhua, Zhejiang: small commodities, character goods, jewellery',
    categories: [C.smallCommodities, C.toys],
    places: [P.yiwu],
    surnames: ['王', '陈', '吴', '楼', '金', '龚'],
  },
  {
    key: 'guangzhou-baiyun-cosmetics-bags',
    name: '广州白云美妆皮具',
    summary: 'Baiyun, Guangzhou, Guangdong: cosmetics, perfume and leather bags',
    categories: [C.cosmetics, C.bags],
    places: [P.guangzhouBaiyun],
    surnames: ['陈', '黄', '李', '梁', '何', '罗'],
  },
  {
    key: 'shenzhen-electronics',
    name: '深圳电子配件',
    summary: 'Bao’an and Longhua, Shenzhen, with the Huaqiangbei market in Futian: electronics accessories',
    categories: [C.electronics],
    places: [P.shenzhenBaoan, P.shenzhenLonghua, P.shenzhenFutian],
    surnames: ['张', '李', '刘', '陈', '杨', '曾'],
  },
  {
    key: 'shantou-toys',
    name: '汕头澄海玩具',
    summary: 'Chenghai, Shantou, Guangdong: toys and building blocks',
    categories: [C.toys],
    places: [P.shantouChenghai],
    surnames: ['陈', '林', '蔡', '杜', '许'],
  },
  {
    key: 'suzhou-apparel',
    name: '苏州常熟服装',
    summary: 'Changshu and Wuzhong, Suzhou, Jiangsu: down jackets and outdoor apparel',
    categories: [C.apparel],
    places: [P.suzhouChangshu, P.suzhouWuzhong],
    surnames: ['徐', '钱', '周', '顾', '沈'],
  },
  {
    key: 'shanghai-watches',
    name: '上海名表饰品',
    summary: 'Songjiang and Minhang, Shanghai: watches and jewellery',
    categories: [C.watches],
    places: [P.shanghaiSongjiang, P.shanghaiMinhang],
    surnames: ['张', '王', '陆', '朱', '沈'],
  },
  {
    key: 'fuyang-liquor',
    name: '阜阳假酒',
    summary: 'Yingzhou and Yingquan, Fuyang, Anhui: counterfeit liquor',
    categories: [C.liquor],
    places: [P.fuyangYingzhou, P.fuyangYingquan],
    surnames: ['李', '王', '刘', '张', '孙'],
  },
];

/** The hub with this key; throws on an unknown key (a programming error). */
export function hubByKey(key: string): Hub {
  const hub = HUBS.find((h) => h.key === key);
  if (!hub) throw new Error(`unknown hub ${key}`);
  return hub;
}

// What the counterfeit listings sell: product categories, the brands each one abuses, and the
// words their titles use. Titles mimic real listings, including the coded words (纯原, 原单,
// 公司级) that counterfeit sellers use to tell buyers what they are getting.
import { InfringementType } from '../enums.js';

/** A brand as listings name it: canonical name, Chinese name and typical products. */
export interface BrandLine {
  brand: string;
  zh: string;
  products: readonly string[];
}

/** A product category and the vocabulary of its listings. */
export interface Category {
  key: string;
  /** Word used in shop names (鞋业, 美妆…). */
  shopWord: string;
  brands: readonly BrandLine[];
  descriptors: readonly string[];
  /** Title decorations, including coded words. */
  tags: readonly string[];
  /** Typical unit price range, yuan. */
  price: readonly [number, number];
  infringement: readonly (readonly [InfringementType, number])[];
}

const b = (brand: string, zh: string, products: string): BrandLine => ({
  brand,
  zh,
  products: products.split(' ').map((name) => name.replace(/_/g, ' ')),
});

const MOSTLY_COUNTERFEIT = [
  [InfringementType.COUNTERFEIT, 70],
  [InfringementType.TRADEMARK, 12],
  [InfringementType.LOGO_SMEAR, 6],
  [InfringementType.BRAND_NAME_STACKING, 6],
  [InfringementType.LOOK_ALIKE, 6],
] as const;

const TOYS_AND_CHARACTERS = [
  [InfringementType.COPYRIGHT, 35],
  [InfringementType.COUNTERFEIT, 35],
  [InfringementType.LOOK_ALIKE, 15],
  [InfringementType.TRADEMARK, 15],
] as const;

export const CATEGORIES = {
  sneakers: {
    key: 'sneakers',
    shopWord: '鞋业',
    brands: [
      b('Nike', '耐克', 'AJ1 AJ4 Air_Force_1 Dunk_Low Air_Max_90 空军一号'),
      b('Adidas', '阿迪达斯', 'Yeezy_350 Samba 三叶草贝壳头 Ultraboost'),
      b('New Balance', '新百伦', 'NB550 NB990 NB2002R'),
      b('Converse', '匡威', '1970s 帆布鞋'),
    ],
    descriptors: ['高帮篮球鞋', '低帮板鞋', '男女同款运动鞋', '复古跑步鞋', '情侣休闲鞋'],
    tags: ['莆田纯原', '公司级', '原厂品质', '顶级版本', '支持得物鉴定', '真标', '原盒原标'],
    price: [168, 699],
    infringement: MOSTLY_COUNTERFEIT,
  },
  sportswear: {
    key: 'sportswear',
    shopWord: '运动服饰',
    brands: [
      b('Nike', '耐克', '速干T恤 运动套装 卫衣'),
      b('Adidas', '阿迪达斯', '三条纹运动裤 夹克 卫衣'),
      b('Under Armour', '安德玛', '紧身训练服 运动短裤'),
      b('Lululemon', '露露乐蒙', '瑜伽裤 Align_裤'),
    ],
    descriptors: ['男款', '女款', '春秋新款', '加绒加厚'],
    tags: ['原单尾货', '专柜同款', '工厂直销', '正品代购'],
    price: [59, 299],
    infringement: MOSTLY_COUNTERFEIT,
  },
  cosmetics: {
    key: 'cosmetics',
    shopWord: '美妆',
    brands: [
      b('Chanel', '香奈儿', '五号香水 可可小姐香水 山茶花精华 口红'),
      b('Dior', '迪奥', '烈艳蓝金口红999 真我香水 花秘瑰萃面霜'),
      b('Lancôme', '兰蔻', '小黑瓶精华 粉水 菁纯面霜'),
      b('Estée Lauder', '雅诗兰黛', '小棕瓶精华 DW粉底液'),
      b('SK-II', 'SK-II', '神仙水 小灯泡精华'),
    ],
    descriptors: ['专柜正品', '小样套装', '礼盒装', '50ml'],
    tags: ['免税店代购', '海关罚没', '专柜验货', '限时特价', '假一赔十'],
    price: [89, 980],
    infringement: MOSTLY_COUNTERFEIT,
  },
  bags: {
    key: 'bags',
    shopWord: '箱包',
    brands: [
      b('Louis Vuitton', '路易威登', 'Neverfull 老花手袋 Speedy 钱包'),
      b('Gucci', '古驰', '马蒙 酒神包 双G腰带'),
      b('Hermès', '爱马仕', '铂金包 凯莉包'),
      b('Prada', '普拉达', '尼龙双肩包 三角标斜挎包'),
    ],
    descriptors: ['真皮女包', '单肩斜挎包', '男士钱包', '大容量托特包'],
    tags: ['原单', '顶级复刻', '专柜品质', '一比一', '原版开模'],
    price: [280, 2800],
    infringement: MOSTLY_COUNTERFEIT,
  },
  electronics: {
    key: 'electronics',
    shopWord: '数码',
    brands: [
      b('Apple', '苹果', 'AirPods_Pro_2 20W快充头 MFi数据线 MagSafe充电器'),
      b('Huawei', '华为', 'FreeBuds_Pro 66W超级快充 原装数据线'),
      b('Sony', '索尼', 'WH-1000XM5耳机 WF-1000XM4'),
      b('Xiaomi', '小米', '充电宝 手环'),
    ],
    descriptors: ['蓝牙耳机', '快充套装', '原装配件', '降噪耳机'],
    tags: ['华强北版', '官方正品', '原装拆机', '支持序列号查询', '顺丰包邮'],
    price: [39, 899],
    infringement: MOSTLY_COUNTERFEIT,
  },
  smallCommodities: {
    key: 'smallCommodities',
    shopWord: '百货',
    brands: [
      b('Disney', '迪士尼', '冰雪奇缘艾莎公主裙 米奇钥匙扣 草莓熊公仔'),
      b('Pokémon', '宝可梦', '皮卡丘挂件 卡牌'),
      b('Swarovski', '施华洛世奇', '天鹅项链 水晶耳钉'),
      b('Sanrio', '三丽鸥', '库洛米文具 HelloKitty发卡'),
    ],
    descriptors: ['儿童礼物', '批发', '网红同款', '新款'],
    tags: ['义乌批发', '一件代发', '外贸尾单', '厂家直销'],
    price: [9, 199],
    infringement: TOYS_AND_CHARACTERS,
  },
  toys: {
    key: 'toys',
    shopWord: '玩具',
    brands: [
      b('LEGO', '乐高', '兼容积木 城市系列 机械组'),
      b('Disney', '迪士尼', '冰雪奇缘城堡 漫威手办'),
      b('Ultraman', '奥特曼', '变身器 发光手办'),
      b('Transformers', '变形金刚', '擎天柱 大黄蜂'),
    ],
    descriptors: ['儿童益智玩具', '男孩礼物', '拼装模型', '六一礼物'],
    tags: ['澄海工厂', '正版授权', '颗粒兼容', '厂家直销'],
    price: [19, 599],
    infringement: TOYS_AND_CHARACTERS,
  },
  apparel: {
    key: 'apparel',
    shopWord: '服饰',
    brands: [
      b('The North Face', '北面', '1996羽绒服 冲锋衣'),
      b('Canada Goose', '加拿大鹅', '远征派克大衣 羽绒服'),
      b('Moncler', '盟可睐', '轻薄羽绒服 马甲'),
      b('Burberry', '博柏利', '格纹围巾 风衣'),
    ],
    descriptors: ['男女款', '冬季加厚', '连帽外套', '经典款'],
    tags: ['原单', '专柜同款', '常熟工厂', '原厂面料'],
    price: [199, 1899],
    infringement: MOSTLY_COUNTERFEIT,
  },
  watches: {
    key: 'watches',
    shopWord: '名表',
    brands: [
      b('Rolex', '劳力士', '绿水鬼 黑水鬼 日志型'),
      b('Omega', '欧米茄', '海马300 超霸'),
      b('Cartier', '卡地亚', '蓝气球 坦克'),
      b('Tiffany', '蒂芙尼', 'T系列手镯 钥匙项链'),
    ],
    descriptors: ['机械表', '男士手表', '女士腕表', '饰品'],
    tags: ['VS厂', 'N厂', '顶级复刻', '支持验货'],
    price: [399, 4800],
    infringement: MOSTLY_COUNTERFEIT,
  },
  liquor: {
    key: 'liquor',
    shopWord: '酒业',
    brands: [
      b('Moutai', '茅台', '飞天53度500ml 生肖酒'),
      b('Wuliangye', '五粮液', '第八代52度 普五'),
      b('Fenjiu', '汾酒', '青花30'),
    ],
    descriptors: ['整箱', '礼盒装', '年份酒', '单瓶'],
    tags: ['厂家内部渠道', '老酒回收', '支持验货', '正品保真'],
    price: [299, 2999],
    infringement: MOSTLY_COUNTERFEIT,
  },
} as const satisfies Record<string, Category>;

export type CategoryKey = keyof typeof CATEGORIES;

// One referral of one seller account: a listing, what the platform knows about the account
// (every identifier, each written with or without noise), waybills, evidence and notes.
import { AddressRole, EvidenceKind, InfringementType, PaymentKind } from '../enums.js';
import type { AddressReferral, EvidenceReferral, LeadReferral, PaymentReferral, WaybillReferral } from '../leads/referral.js';
import type { BrandLine, Category } from './catalog.js';
import { courierFor, isoChinaTime, type PaymentEntity, type SellerProfile, type WorldContext } from './entities.js';
import {
  renderAddress,
  renderAlipayUid,
  renderCard,
  renderDevice,
  renderEmail,
  renderPhone,
  renderResidentId,
  renderWechat,
} from './noise.js';
import { listingUrlFor } from './platforms.js';
import type { Rng } from './random.js';
import type { GeneratedLead } from './types.js';

const OPENERS = ['正品', '现货', '官方', '特价', '包邮', '清仓', '爆款', '新品'];
const NOTES = ['价格明显低于市场价', '标题含“纯原”“公司级”等暗语', '买家投诉收到假货', '评价中多次出现“假货”字样', '商品详情页盗用品牌官方图片'];
const RING_NOTES = ['同一设备登录多个店铺', '该卖家曾被处置后换号重新开店', '多个店铺使用相同退货地址', '与已处置店铺收款账户相同'];
const WAYBILL_COUNTS = [[0, 25], [1, 45], [2, 20], [3, 10]] as const;

/** Builds the next referral of `profile`, drawing from the world's random stream. */
export function buildLead(ctx: WorldContext, profile: SellerProfile): GeneratedLead {
  const { rng, ids } = ctx;
  const noisy = () => rng.chance(profile.noise);
  const platform = profile.platform;
  const category = profile.category;
  const line = rng.pick(category.brands);
  const type = rng.weighted(category.infringement);
  const brands = [rng.chance(0.7) ? line.brand : line.zh];
  let second: BrandLine | undefined;
  if (type === InfringementType.BRAND_NAME_STACKING) {
    second = rng.pick(category.brands.filter((b) => b !== line));
    brands.push(second.brand);
  }
  const observed = profile.activeFrom + rng.next() * Math.max(0, profile.activeTo - profile.activeFrom);
  const price = rng.int(category.price[0], category.price[1]) + rng.pick([0, 0.9, 0.99]);
  const sales = Math.floor(Math.exp(rng.next() * (profile.ringId ? 7.5 : 6)));
  const seller: LeadReferral['seller'] = {
    platformAccountId: profile.accountId,
    shopName: profile.shopName,
    registrationName: profile.person.name,
  };
  if (profile.showResidentId) seller.residentIdNumber = renderResidentId(profile.person.residentId, rng, noisy());

  const referral: LeadReferral = {
    externalId: `${platform}-${ids.next(`external:${platform}`)}`,
    listingUrl: listingUrlFor(platform, ids.itemNumber(platform)),
    listingTitle: title(rng, category, line, type, second),
    brands,
    infringementType: type,
    riskScore: Math.round(Math.min(0.999, Math.max(0.05, profile.riskBase + (rng.next() - 0.5) * 0.2)) * 1000) / 1000,
    observedAt: isoChinaTime(observed),
    estimatedValueYuan: Math.round(price * Math.max(1, sales) * 100) / 100,
    seller,
  };

  const phones: string[] = [];
  const emails: string[] = [];
  const addresses: AddressReferral[] = [];
  const paymentAccounts: PaymentReferral[] = [];
  const deviceIds: string[] = [];
  const ips: string[] = [];
  for (const u of profile.units) {
    if (u.type === 'phone') phones.push(renderPhone(u.digits, rng, noisy()));
    else if (u.type === 'email') emails.push(renderEmail(u.email, rng, noisy()));
    else if (u.type === 'address') addresses.push({ role: u.role, text: renderAddress(u.address.parts, u.role, rng, noisy()) });
    else if (u.type === 'payment') paymentAccounts.push(renderPayment(u.payment, rng, noisy()));
    else if (u.type === 'device') deviceIds.push(renderDevice(u.id, rng, noisy()));
    else if (u.type === 'ip') ips.push(u.ip);
  }
  for (const digits of profile.servicePhones) phones.push(renderPhone(digits, rng, noisy()));
  if (profile.facilityOrigin) {
    const role = AddressRole.SHIPPING_ORIGIN;
    addresses.push({ role, text: renderAddress(profile.facilityOrigin.parts, role, rng, noisy()) });
  }
  if (phones.length > 0) referral.phones = phones;
  if (emails.length > 0) referral.emails = emails;
  if (addresses.length > 0) referral.addresses = addresses;
  if (paymentAccounts.length > 0) referral.paymentAccounts = paymentAccounts;
  if (deviceIds.length > 0) referral.deviceIds = deviceIds;
  if (ips.length > 0) referral.ips = ips;

  const waybillCount = rng.weighted(WAYBILL_COUNTS);
  if (waybillCount > 0) {
    const waybills: WaybillReferral[] = [];
    for (let k = 0; k < waybillCount; k++) {
      const courier = courierFor(rng);
      const waybill: WaybillReferral = { courier: courier.name, number: ids.waybill(courier) };
      if (profile.waybillSender) waybill.senderAddress = renderAddress(profile.waybillSender.parts, null, rng, noisy());
      waybills.push(waybill);
    }
    referral.waybills = waybills;
  }
  referral.evidence = evidence(rng, line, type);
  if (rng.chance(0.3)) referral.notes = profile.ringId && rng.chance(0.4) ? rng.pick(RING_NOTES) : rng.pick(NOTES);

  const truth: GeneratedLead['truth'] = { ringId: profile.ringId, hub: profile.hub.key };
  if (profile.scenario) truth.scenario = profile.scenario;
  return { platform, referral, truth };
}

function title(rng: Rng, category: Category, line: BrandLine, type: InfringementType, second?: BrandLine): string {
  const latin = !rng.chance(0.6);
  // Latin names are followed by a space (Nike Dunk Low), Chinese ones are not (耐克Dunk Low).
  const name = latin ? `${line.brand} ` : line.zh;
  const product = rng.pick(line.products);
  const descriptor = rng.pick(category.descriptors);
  const tag = rng.pick(category.tags);
  switch (type) {
    case InfringementType.LOOK_ALIKE:
      return `${lookAlike(rng, line)}${product} ${descriptor} ${tag}`;
    case InfringementType.LOGO_SMEAR:
      return `大牌同款 ${product} ${descriptor} 标志打码 ${tag}`;
    case InfringementType.BRAND_NAME_STACKING:
      return `${line.zh}${second?.zh ?? ''}同款 ${product} ${descriptor} ${tag}`;
    default:
      if (rng.chance(0.5)) return `【${rng.pick(OPENERS)}】${name}${product} ${descriptor} ${tag}`;
      return `${name.trim()} ${product} ${descriptor}【${tag}】`;
  }
}

// 山寨 spellings: Nike → Nlke, 耐克 → 耐克同款 / 耐克风格.
function lookAlike(rng: Rng, line: BrandLine): string {
  if (rng.chance(0.5)) return `${line.zh}${rng.pick(['同款', '风格', '平替'])} `;
  const spelled = line.brand.replace(/i/, 'l').replace(/o/, '0').replace(/a/, 'e');
  return `${spelled === line.brand ? `${line.zh}同款` : spelled} `;
}

function renderPayment(p: PaymentEntity, rng: Rng, noisy: boolean): PaymentReferral {
  let account: string;
  if (p.form === 'phone') account = renderPhone(p.account, rng, noisy);
  else if (p.form === 'email') account = renderEmail(p.account, rng, noisy);
  else if (p.form === 'uid') account = renderAlipayUid(p.account, rng, noisy);
  else if (p.form === 'wxid') account = renderWechat(p.account, rng, noisy);
  else account = renderCard(p.account, rng, noisy);
  const out: PaymentReferral = { kind: p.kind, account };
  if (rng.chance(p.kind === PaymentKind.BANK_CARD ? 0.9 : 0.6)) out.holderName = p.holder;
  return out;
}

function evidence(rng: Rng, line: BrandLine, type: InfringementType): EvidenceReferral[] {
  const screenshot = rng.pick(['商品详情页截图', '店铺首页截图', '销量与评价截图']);
  const items: EvidenceReferral[] = [{ kind: EvidenceKind.SCREENSHOT, description: screenshot, sha256: rng.hex(64) }];
  if (rng.chance(0.35)) items.push({ kind: EvidenceKind.TEST_PURCHASE, description: '试购订单截图及实物照片', sha256: rng.hex(64) });
  if (rng.chance(0.2)) items.push({ kind: EvidenceKind.CHAT_LOG, description: '客服聊天记录：卖家称“和专柜一样，纯原版本”', sha256: rng.hex(64) });
  if (rng.chance(0.15)) items.push({ kind: EvidenceKind.PRODUCT_PHOTO, description: '实物照片：吊牌、防伪标与正品不符', sha256: rng.hex(64) });
  if (type === InfringementType.COUNTERFEIT && rng.chance(0.15)) {
    items.push({ kind: EvidenceKind.RIGHTS_HOLDER_OPINION, description: `${line.zh}权利人出具鉴定意见：非正品`, sha256: rng.hex(64) });
  }
  if (rng.chance(0.05)) items.push({ kind: EvidenceKind.OTHER, description: '平台风控模型命中记录', sha256: rng.hex(64) });
  return items;
}

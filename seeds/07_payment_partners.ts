/**
 * Payment partners for every method the shop offers: 支付宝, 财付通, 银联在线, bank gateways,
 * cash on delivery through couriers, mobile payment and credit cards. Fee rates are basis
 * points of the order amount (60 = 0.6%).
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import paymentPartners from '../server/resources/payment-partners.ts';
import { contractDates, recordedAt, type PartnerStatus } from './lib/contracts.ts';
import { insertRows } from './lib/insert.ts';
import { person, phone } from './lib/people.ts';
import { Random } from './lib/random.ts';

type Method = 'alipay' | 'tenpay' | 'unionpay_online' | 'online_banking' | 'cash_on_delivery' | 'mobile' | 'credit_card';

interface PaymentSeed {
  name: string;
  method: Method;
  feeRate: number;
  settlementDays: number;
  status: PartnerStatus;
  domain: string;
  areaCode: string;
}

const PAYMENT_PARTNERS: readonly PaymentSeed[] = [
  { name: '支付宝', method: 'alipay', feeRate: 60, settlementDays: 1, status: 'active', domain: 'alipay.com', areaCode: '0571' },
  { name: '财付通', method: 'tenpay', feeRate: 60, settlementDays: 1, status: 'active', domain: 'tenpay.com', areaCode: '0755' },
  { name: '银联在线支付', method: 'unionpay_online', feeRate: 80, settlementDays: 2, status: 'active', domain: 'unionpay.com', areaCode: '021' },
  { name: '招商银行网银', method: 'online_banking', feeRate: 30, settlementDays: 1, status: 'active', domain: 'cmbchina.com', areaCode: '0755' },
  { name: '中国工商银行网银', method: 'online_banking', feeRate: 35, settlementDays: 2, status: 'active', domain: 'icbc.com.cn', areaCode: '010' },
  { name: '建设银行网银', method: 'online_banking', feeRate: 35, settlementDays: 2, status: 'paused', domain: 'ccb.com', areaCode: '010' },
  { name: '顺丰速运 货到付款', method: 'cash_on_delivery', feeRate: 150, settlementDays: 7, status: 'active', domain: 'sf-express.com', areaCode: '0755' },
  { name: '宅急送 货到付款', method: 'cash_on_delivery', feeRate: 120, settlementDays: 14, status: 'ended', domain: 'zjs.com.cn', areaCode: '010' },
  { name: '中国移动手机支付', method: 'mobile', feeRate: 100, settlementDays: 3, status: 'active', domain: '10086.cn', areaCode: '010' },
  { name: '联动优势手机支付', method: 'mobile', feeRate: 90, settlementDays: 5, status: 'negotiating', domain: 'umpay.com', areaCode: '010' },
  { name: '招商银行信用卡分期', method: 'credit_card', feeRate: 120, settlementDays: 3, status: 'active', domain: 'cmbchina.com', areaCode: '021' },
  { name: '快钱信用卡快捷支付', method: 'credit_card', feeRate: 100, settlementDays: 2, status: 'active', domain: '99bill.com', areaCode: '021' },
];

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(707);
  const rows = PAYMENT_PARTNERS.map((partner) => {
    const contact = person(rng);
    const dates = contractDates(rng, partner.status);
    const values = {
      name: partner.name,
      method: partner.method,
      fee_rate: partner.feeRate,
      settlement_days: partner.settlementDays,
      ...dates,
      status: partner.status,
      contact_name: contact.fullName,
      phone: phone(rng, partner.areaCode),
      email: `${contact.surnamePinyin}${rng.int(10, 99)}@${partner.domain}`,
    };
    return newRow(paymentPartners, values, recordedAt(rng, partner.status, dates.contract_start));
  });
  await insertRows(db, paymentPartners.table, rows);
}

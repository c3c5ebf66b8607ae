/**
 * Thirty media partners across every kind: search engines (百度, Google), EDM services,
 * portals (新浪, 搜狐, 网易, 腾讯), vertical sites, CPS networks (亿起发, 领克特, 成果网),
 * news sites, TV stations and newspapers. Pricing models follow the kind.
 */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import mediaPartners from '../server/resources/media-partners.ts';
import { contractDates, recordedAt } from './lib/contracts.ts';
import { insertRows } from './lib/insert.ts';
import { MEDIA_PARTNERS } from './lib/media-data.ts';
import { person, phone } from './lib/people.ts';
import { Random } from './lib/random.ts';

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(606);
  const rows = MEDIA_PARTNERS.map((partner) => {
    const contact = person(rng);
    const dates = contractDates(rng, partner.status);
    const values = {
      name: partner.name,
      kind: partner.kind,
      pricing_model: partner.pricing,
      contact_name: contact.fullName,
      phone: phone(rng, partner.areaCode),
      email: `${contact.surnamePinyin}.${rng.int(1, 99)}@${partner.domain}`,
      ...dates,
      status: partner.status,
    };
    return newRow(mediaPartners, values, recordedAt(rng, partner.status, dates.contract_start));
  });
  await insertRows(db, mediaPartners.table, rows);
}

/** The suppliers of lib/supplier-data.ts, with a contact person each. */
import type { Knex } from 'knex';
import { newRow } from '../server/data/codec.ts';
import suppliers from '../server/resources/suppliers.ts';
import { HISTORY_START, addDays } from './lib/clock.ts';
import { insertRows } from './lib/insert.ts';
import { landline, mobile, person } from './lib/people.ts';
import { Random } from './lib/random.ts';
import { SUPPLIERS } from './lib/supplier-data.ts';

export async function seed(db: Knex): Promise<void> {
  const rng = new Random(303);
  const rows = SUPPLIERS.map((supplier, index) => {
    const contact = person(rng);
    const values = {
      name: supplier.name,
      contact_name: contact.fullName,
      // Sales reps are reached on their mobiles about as often as at the office.
      phone: rng.chance(0.6) ? landline(rng, supplier.areaCode) : mobile(rng),
      email: `${contact.surnamePinyin}${rng.int(1, 99)}@${supplier.domain}`,
      address: supplier.address,
      payment_terms: supplier.paymentTerms,
      rating: supplier.rating,
    };
    return newRow(suppliers, values, rng.officeTime(addDays(HISTORY_START, index * 3)));
  });
  await insertRows(db, suppliers.table, rows);
}

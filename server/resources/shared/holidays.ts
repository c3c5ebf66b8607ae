/** The shop's selling festivals (节假日): a promotion's or a channel topic's occasion. */
export const HOLIDAYS = [
  { id: 'spring_festival', label: { en: 'Spring Festival', zh: '春节' } },
  { id: 'valentines', label: { en: "Valentine's Day", zh: '情人节' } },
  { id: 'womens_day', label: { en: "Women's Day (3.8)", zh: '三八节' } },
  { id: 'labour_day', label: { en: 'Labour Day (5.1)', zh: '五一' } },
  { id: 'mid_year_618', label: { en: '618 mid-year sale', zh: '618' } },
  { id: 'mid_autumn', label: { en: 'Mid-Autumn Festival', zh: '中秋节' } },
  { id: 'national_day', label: { en: 'National Day', zh: '国庆节' } },
  { id: 'singles_day', label: { en: 'Singles Day (11.11)', zh: '双十一' } },
  { id: 'double_twelve', label: { en: 'Double Twelve (12.12)', zh: '双十二' } },
  { id: 'new_year', label: { en: "New Year's Day", zh: '元旦' } },
] as const;

/** The calendar's route under a resource's list (/promotions/calendar): apart, so links to it do not load the calendar. */
export const CALENDAR_PATH = 'calendar';

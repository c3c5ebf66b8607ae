import type { ReactNode } from 'react';
import { tableClasses } from '@mui/material/Table';
import { tableCellClasses } from '@mui/material/TableCell';
import { tabsClasses } from '@mui/material/Tabs';
import { CreateClasses, DataTableClasses, EditClasses, LayoutClasses, ListClasses, Layout as RaLayout, ShowClasses } from 'react-admin';
import { SignOutWhenSessionEnds } from '../auth/SignOutWhenSessionEnds.tsx';
import { RememberPreferences } from '../preferences/RememberPreferences.tsx';
import { AppBar } from './AppBar.tsx';
import { DepartmentMenu } from './DepartmentMenu.tsx';

/**
 * No page is wider than the window, down to a 390 px phone. react-admin sizes its layout to fit
 * its content, so one wide table widened the whole page (and cut off the app bar's menus);
 * instead the content takes the window's width, and what cannot shrink scrolls in its own box.
 */
const FIT_THE_WINDOW = {
  minWidth: 0,
  // A flex item is as wide as its content unless told otherwise: the page's frame and each page's box.
  [[LayoutClasses.content, ListClasses.main, ShowClasses.card, EditClasses.card, CreateClasses.card].map((name) => `& .${name}`).join(', ')]: {
    minWidth: 0,
  },
  // Headings stay on one line: squeezed to the window, a Chinese heading broke after every character.
  [`& .${tableCellClasses.head}`]: { whiteSpace: 'nowrap' },
  // A table wider than the window scrolls sideways in the box that holds it (a list, a dashboard's
  // card, a record page's section, a supplier's reorder suggestions) instead of widening the page.
  [`& .${DataTableClasses.tableWrapper}, & :has(> .${tableClasses.root})`]: { overflowX: 'auto' },
  // Tabs that do not fit (a record's tabs on a phone) scroll sideways rather than being cut off.
  [`& .${tabsClasses.scroller}`]: { overflowX: 'auto' },
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={DepartmentMenu} appBar={AppBar} sx={FIT_THE_WINDOW}>
    <RememberPreferences />
    <SignOutWhenSessionEnds />
    {children}
  </RaLayout>
);

import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { SignOutWhenSessionEnds } from '../auth/SignOutWhenSessionEnds.tsx';
import { RememberPreferences } from '../preferences/RememberPreferences.tsx';
import { AppBar } from './AppBar.tsx';
import { DepartmentMenu } from './DepartmentMenu.tsx';

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={DepartmentMenu} appBar={AppBar}>
    <RememberPreferences />
    <SignOutWhenSessionEnds />
    {children}
  </RaLayout>
);

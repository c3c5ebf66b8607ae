/**
 * react-admin's app bar: the reminder bell, the language menu and the light/dark switch (both remembered per user,
 * see RememberPreferences.tsx), and "Change password" in the user menu above "Logout".
 */
import { useState } from 'react';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import KeyIcon from '@mui/icons-material/Key';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  ToggleThemeButton,
  UserMenu,
  useUserMenu,
} from 'react-admin';
import { ChangePasswordDialog } from '../account/ChangePasswordDialog.tsx';
import { useMessage } from '../i18n/messages.ts';
import { ReminderBell } from '../queues/ReminderBell.tsx';

function ChangePasswordItem({ onOpen }: { onOpen: () => void }) {
  const message = useMessage();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        onOpen();
      }}
    >
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{message('changePassword')}</ListItemText>
    </MenuItem>
  );
}

export function AppBar() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <RaAppBar
        toolbar={
          <>
            <ReminderBell />
            <LocalesMenuButton />
            <ToggleThemeButton />
            <LoadingIndicator />
          </>
        }
        userMenu={
          <UserMenu>
            <ChangePasswordItem onOpen={() => setOpen(true)} />
            <Logout />
          </UserMenu>
        }
      />
      <ChangePasswordDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/**
 * react-admin's app bar: the reminder bell, the language menu and the light/dark switch (both remembered per user,
 * see RememberPreferences.tsx), and "Change password" in the user menu above "Logout".
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import { buttonClasses } from '@mui/material/Button';
import type { Theme } from '@mui/material/styles';
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

/**
 * On phones the language button shows only its globe, which leaves the page title room to be read.
 * Its text (the language's name) is kept at size 0 rather than removed: it stays the button's name.
 */
const LANGUAGE_ICON_ONLY_ON_PHONES = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    [`& .${buttonClasses.root}`]: { fontSize: 0, minWidth: 0, padding: theme.spacing(1) },
    [`& .${buttonClasses.startIcon}`]: { margin: 0 },
    [`& .${buttonClasses.endIcon}`]: { display: 'none' },
  },
});

export function AppBar() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <RaAppBar
        toolbar={
          <>
            <ReminderBell />
            <Box component="span" sx={LANGUAGE_ICON_ONLY_ON_PHONES}>
              <LocalesMenuButton />
            </Box>
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

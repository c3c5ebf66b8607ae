/**
 * react-admin's sign-in page, saying why the user is there when their session ended: so that a
 * user sent here from a form knows their changes were not saved but are kept for them.
 */
import Alert from '@mui/material/Alert';
import { Login, LoginForm, useLocation } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { signInReason } from './sessionEnded.ts';

export function LoginPage() {
  return (
    <Login>
      <SignInReason />
      <LoginForm />
    </Login>
  );
}

function SignInReason() {
  const { search } = useLocation();
  const message = useMessage();
  const reason = signInReason(search);
  if (!reason) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mx: 2, mt: 1 }}>
      {message(reason === 'changes-kept' ? 'sessionEndedChangesKept' : 'sessionEnded')}
    </Alert>
  );
}

import { Alert } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';

/** What a privacy action leaves for the page it navigates to (the pupil's own page is gone). */
export interface PrivacyNoticeState {
  privacyNotice: string;
}

function noticeOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('privacyNotice' in state)) return null;
  const notice = (state as { privacyNotice: unknown }).privacyNotice;
  return typeof notice === 'string' ? notice : null;
}

/**
 * The message after a pupil was deleted, on whichever page the user landed. It lives in the history
 * entry's state, so a reload or the back button does not show it again once closed.
 */
export function PrivacyNotice() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const notice = noticeOf(location.state);
  if (!notice) return null;
  return (
    <Alert
      color="green"
      variant="light"
      mb="md"
      role="status"
      withCloseButton
      closeButtonLabel={t.privacy.closeNotice}
      onClose={() => void navigate(location.pathname + location.search, { replace: true, state: null })}
    >
      {notice}
    </Alert>
  );
}

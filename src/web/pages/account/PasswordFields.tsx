import { PasswordInput } from '@mantine/core';
import { useI18n } from '../../i18n';

/**
 * A new password twice, for password managers (autocomplete new-password) and against typos. The
 * server judges length and the list of common passwords; the mismatch is caught here.
 */
export function NewPasswordFields({
  label,
  value,
  repeat,
  onChange,
  onRepeat,
  error,
  mismatch,
}: {
  label: string;
  value: string;
  repeat: string;
  onChange(value: string): void;
  onRepeat(value: string): void;
  error: string | undefined;
  mismatch: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <PasswordInput
        visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
        label={label}
        description={t.account.password.hint}
        autoComplete="new-password"
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
      <PasswordInput
        visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
        label={t.account.password.repeat}
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(e) => onRepeat(e.currentTarget.value)}
        error={mismatch ? t.account.password.mismatch : undefined}
      />
    </>
  );
}

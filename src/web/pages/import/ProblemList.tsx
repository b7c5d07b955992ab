import { Alert, List, Text } from '@mantine/core';
import type { ImportProblem } from '../../api/types';
import { useI18n } from '../../i18n';

const SHOWN = 200;

/** Errors first, then warnings; every message names its line or key. */
export function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const { t } = useI18n();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <Alert color="red" variant="light" title={`${t.imports.errors} (${errors.length})`}>
          <List size="sm" spacing={2}>
            {errors.slice(0, SHOWN).map((p, i) => (
              <List.Item key={`e${i}`}>{p.message}</List.Item>
            ))}
          </List>
          {errors.length > SHOWN && <Text size="sm">{t.imports.problemsMore(errors.length - SHOWN)}</Text>}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="orange" variant="light" title={`${t.imports.warnings} (${warnings.length})`}>
          <List size="sm" spacing={2}>
            {warnings.slice(0, SHOWN).map((p, i) => (
              <List.Item key={`w${i}`}>{p.message}</List.Item>
            ))}
          </List>
          {warnings.length > SHOWN && (
            <Text size="sm">{t.imports.problemsMore(warnings.length - SHOWN)}</Text>
          )}
        </Alert>
      )}
    </>
  );
}

import { useImportTevredenheid } from '../../api/tevredenheid';
import { CsvUploadPanel } from '../../components/CsvUploadPanel';
import { useI18n } from '../../i18n';

/**
 * A survey tool's results file: all or nothing, every problem named by its line (the server's message
 * already starts with it). A survey read again replaces the earlier import of the same group and date.
 */
export function SurveyImportPanel({ schoolId }: { schoolId: string }) {
  const { t, formatDate } = useI18n();
  const s = t.tevredenheid;
  return (
    <CsvUploadPanel
      id="tevredenheid-import"
      title={s.importTitle}
      hint={s.importHint}
      choose={s.importChoose}
      refused={s.refused}
      upload={useImportTevredenheid(schoolId)}
      imported={(report) =>
        s.imported(
          report.lines,
          report.surveys.map((x) =>
            s.importSurvey((s.groups[x.groep] ?? x.groep).toLowerCase(), formatDate(x.afgenomenOp)),
          ),
        )
      }
      problem={(p) => p.message}
    />
  );
}

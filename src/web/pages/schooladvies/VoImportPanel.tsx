import { useImportVo } from '../../api/schooladvies';
import { CsvUploadPanel } from '../../components/CsvUploadPanel';
import { useI18n } from '../../i18n';

/**
 * The VO's feedback on the school's former pupils, read from the CSV the VO schools send: all or
 * nothing, every problem named by its line.
 */
export function VoImportPanel({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  return (
    <CsvUploadPanel
      id="vo-import"
      title={s.voImportTitle}
      hint={s.voImportHint}
      choose={s.voImportChoose}
      refused={s.voRefused}
      upload={useImportVo(schoolId)}
      imported={(report) => s.voImported(report.lines, report.pupils, report.cohorts)}
      problem={(p) => (p.line === null ? p.message : s.voLine(p.line, p.message))}
    />
  );
}

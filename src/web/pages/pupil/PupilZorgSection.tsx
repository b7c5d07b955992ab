import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { PupilZorgResponse } from '../../api/zorg';
import { useI18n } from '../../i18n';
import { OppCard } from './OppCard';
import { AfsprakenPanel, BesprekingenPanel } from './PupilMeetings';
import { ToestemmingenPanel } from './ToestemmingenPanel';
import { VerzorgersPanel } from './VerzorgersPanel';
import { ZorgniveauPanel } from './ZorgniveauPanel';

/**
 * The pupil's care record on the pupil page: zorgniveau, the OPP, besprekingen and open afspraken,
 * verzorgers and their consents. Write controls only where the answer's abilities allow them.
 */
export function PupilZorgSection({ zorg }: { zorg: PupilZorgResponse }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" component="section" aria-labelledby="pupil-zorg">
      <Title order={2} size="h3" id="pupil-zorg">
        {t.pupilZorg.title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ZorgniveauPanel zorg={zorg} />
        <OppCard zorg={zorg} />
        <VerzorgersPanel zorg={zorg} />
        <ToestemmingenPanel zorg={zorg} />
        <BesprekingenPanel zorg={zorg} />
        <AfsprakenPanel zorg={zorg} />
      </SimpleGrid>
    </Stack>
  );
}

import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

export default defineConfig(
  packageBuild({
    index: 'src/index.ts',
    organization: 'src/organization/index.ts',
    member: 'src/member/index.ts',
    inspection: 'src/inspection/index.ts',
    'cadre-planning': 'src/cadre-planning/index.ts',
    history: 'src/history/index.ts',
    training: 'src/training/index.ts',
    classification: 'src/classification/index.ts',
    dataset: 'src/dataset/index.ts',
    validation: 'src/validation/index.ts',
    rules: 'src/rules/index.ts',
    report: 'src/report/index.ts',
    stats: 'src/stats/index.ts',
    format: 'src/format/index.ts',
    due: 'src/due/index.ts',
    testing: 'src/testing/index.ts',
  }),
);

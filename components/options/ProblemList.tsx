import { t, type MessageName } from '../../lib/i18n';
import type { PackProblem } from '../../lib/packs/problems';
import { problemToString } from '../../lib/packs/problems';
import type { SourceProblem } from '../../lib/admin/pack-in-force';
import { formatTime } from './PackSummary';

/** Each problem by path, the way an admin finds it in the file. */
export function PathList({ problems }: { problems: PackProblem[] }) {
  return (
    <ul class="paths">
      {problems.map((problem) => (
        <li>
          <code>{problem.path || '(paketet)'}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** What went wrong with each source, when, and why; the last good pack stays in force meanwhile. */
export function ProblemList({ problems }: { problems: SourceProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="problems" data-testid="pack-problems" role="alert">
      <h2 id="problems">{t('optionsProblems')}</h2>
      <p>{t('optionsLastGoodKept')}</p>
      <ul>
        {problems.map((problem) => (
          <li data-cause={problem.cause} data-source={problem.source} title={problem.problems.map(problemToString).join('\n')}>
            {t('optionsProblemLine', [
              formatTime(problem.at),
              t(`packSource_${problem.source}` as MessageName),
              t(`cause_${problem.cause.replace('-', '_')}` as MessageName),
            ])}
            <div class="muted">{problem.detail}</div>
            {problem.problems.length > 0 && <PathList problems={problem.problems} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
